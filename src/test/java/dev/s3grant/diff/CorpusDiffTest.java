package dev.s3grant.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The comparison on the HCL reader's Terraform corpus (src/test/resources/hcl-corpus). */
class CorpusDiffTest {

    static final Path CORPUS = Path.of("src/test/resources/hcl-corpus");

    static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
        }
    }

    static String read(String path) throws IOException {
        return Files.readString(CORPUS.resolve(path), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void everyCorpusFileIsIdenticalToItself(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);

        DiffResult result = TerraformDiff.compareTexts("x.tf", text, text);

        assertThat(result.files().get(0).blocks()).isEmpty();
        assertThat(result.identicalInMeaning()).isTrue();
    }

    @Test
    void aRemovedActionInACountedPolicyDocumentChangesTheAccessOfThePolicyThatUsesIt() throws IOException {
        String old = read("network/flow-logs.tf");
        String now = old.replace("      \"logs:DescribeLogStreams\",\n", "");

        FileDiff file = TerraformDiff.compareTexts("flow-logs.tf", old, now).files().get(0);

        assertThat(file.blocks()).extracting(BlockChange::address).containsExactly(
                "resource.aws_iam_policy.flow_logs_delivery", "data.aws_iam_policy_document.flow_logs_delivery");
        assertThat(file.blocks()).allSatisfy(b -> {
            assertThat(b.label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
            assertThat(b.access()).singleElement().satisfies(a -> {
                assertThat(a.statement()).isEqualTo("DeliverFlowLogsToCloudWatch");
                assertThat(a.actions()).containsExactly(new ElementChange("logs:DescribeLogStreams", ChangeKind.REMOVED));
            });
        });
    }

    @Test
    void aHeredocTrustPolicyReformattedAsJsonencodeIsFormattingOnly() throws IOException {
        String old = read("writer-account/role.tf");
        int start = old.indexOf("  assume_role_policy = <<TRUST");
        int end = old.indexOf("TRUST\n", old.indexOf("\n", start) + 1) + "TRUST\n".length();
        String now = old.substring(0, start)
                + "  assume_role_policy = jsonencode({\n    Version = \"2012-10-17\"\n    Statement = [{\n"
                + "      Sid       = \"BatchJobsAssumeTheUploader\"\n      Effect    = \"Allow\"\n"
                + "      Action    = \"sts:AssumeRole\"\n      Principal = { Service = \"batch.amazonaws.com\" }\n    }]\n  })\n"
                + old.substring(end);

        FileDiff file = TerraformDiff.compareTexts("role.tf", old, now).files().get(0);

        assertThat(file.blocks()).singleElement().satisfies(b -> {
            assertThat(b.address()).isEqualTo("resource.aws_iam_role.uploader");
            assertThat(b.attributes()).containsExactly(
                    new AttributeChange("assume_role_policy", ChangeKind.CHANGED, ChangeLabel.FORMATTING_ONLY));
        });
        assertThat(file.identicalInMeaning()).isTrue();
    }
}
