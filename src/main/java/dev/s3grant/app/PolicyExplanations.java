package dev.s3grant.app;

import dev.s3grant.analysis.document.DocumentChecks;
import dev.s3grant.explain.any.AnyPolicyExplainer;
import dev.s3grant.explain.any.PolicyReading;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.io.InputException;
import dev.s3grant.io.PolicyFiles;
import dev.s3grant.io.PolicySource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The door to {@code explain --file} and File › Explain Policy…: any policy document (JSON, the
 * output of {@code get-bucket-policy}, or the policies of a {@code .tf}) explained statement by
 * statement, with the findings of the document rules (decision 0032).
 */
public final class PolicyExplanations {

    private PolicyExplanations() {
    }

    /** Every document of every file, in the files' order. */
    public static List<ExplainedPolicy> explain(List<Path> files) throws InputException {
        List<ExplainedPolicy> explained = new ArrayList<>();
        for (Path file : files) {
            explained.addAll(explain(ExistingTerraform.name(file), PolicyFiles.read(file)));
        }
        return List.copyOf(explained);
    }

    /** The documents read from one file, explained and checked under the file's name. */
    static List<ExplainedPolicy> explain(String fileName, List<PolicySource> sources) {
        List<ExplainedPolicy> explained = new ArrayList<>();
        for (PolicySource source : sources) {
            PolicyReading reading = AnyPolicyExplainer.explain(fileName, source.name(), source.line(),
                    source.holder(), source.attribute(), source.document());
            String address = source.holder().isEmpty() ? "" : source.name();
            explained.add(new ExplainedPolicy(reading, source.document()
                    .map(d -> DocumentChecks.check(fileName, address, reading.kind(), d)).orElse(List.of())));
        }
        return explained;
    }
}
