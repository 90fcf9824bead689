package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.ERROR;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The shared writer file (S3G-145, decision 0044): one {@code writer/writer.tf}, written
 * from the first writer, creates the same role in every writer account; only the account ID comes
 * from each account's {@code .tfvars}. A writer whose role differs in anything else would get the
 * first writer's role.
 */
final class WriterFileRules implements DesignRules {

    static final Rule WRITER_DIFFERS = new Rule("S3G-145", ERROR, "findings.writerFiles.writerDiffers",
            DocLinks.TERRAFORM_INPUT_VARIABLES, """
            {"options": {"writerFiles": "SHARED"}, "writers": [{}, {"alias": "A2", "accountId": "333333333333", "roleName": "other-writer"}]}""");

    /** What shapes the writer file besides the account ID, in the order the form shows it. */
    private record Setting(DesignField field, Function<Writer, Object> value) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting(DesignField.WRITER_ROLE_NAME, Writer::roleName),
            new Setting(DesignField.WRITER_ROLE_PATH, Writer::rolePath),
            new Setting(DesignField.PRINCIPAL_MODE, w -> w.principals().trustedServices()),
            new Setting(DesignField.WRITER_ABORT_MULTIPART, Writer::allowAbortMultipartUpload),
            new Setting(DesignField.WRITER_TAGGING, Writer::allowPutObjectTagging),
            new Setting(DesignField.WRITER_PROVIDER, Writer::terraformProvider));

    @Override
    public List<Rule> rules() {
        return List.of(WRITER_DIFFERS);
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        if (!design.options().sharedWriterFile() || design.writers().isEmpty()) {
            return;
        }
        Writer first = design.writers().get(0);
        for (int i = 1; i < design.writers().size(); i++) {
            Writer w = design.writers().get(i);
            int index = i;
            firstDifference(first, w).ifPresent(s -> out.add(WRITER_DIFFERS.at(Locations.at(s.field(), index),
                    w.alias(), first.alias(), s.field().jsonName(), shown(s.value().apply(w)),
                    shown(s.value().apply(first)))));
        }
    }

    private static Optional<Setting> firstDifference(Writer first, Writer w) {
        return SETTINGS.stream().filter(s -> !s.value().apply(first).equals(s.value().apply(w))).findFirst();
    }

    /** A value as the message shows it: a list joined with commas, an empty text as "". */
    private static String shown(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "[]" : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        String text = String.valueOf(value);
        return text.isEmpty() ? "\"\"" : text;
    }
}
