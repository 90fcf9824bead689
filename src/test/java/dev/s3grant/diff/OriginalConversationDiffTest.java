package dev.s3grant.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.OutputFile;
import dev.s3grant.model.Design;
import dev.s3grant.policy.Effect;
import dev.s3grant.testing.TestDesigns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The original conversation's ECS-only {@code account_B.tf} against today's generation of the same
 * design (the golden design {@code ecs-only}, which is the conversation's grant).
 */
class OriginalConversationDiffTest {

    static final Path ORIGINAL = Path.of("src/test/resources/diff/original");

    static String read(String name) {
        try {
            return Files.readString(ORIGINAL.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Today's {@code account_B.tf} of the design. Until the Terraform generator is part of the
     * build, {@code files()} lists only the policy documents; then the generated bucket policy
     * stands in, as a heredoc in the same resource.
     */
    static String generatedAccountB(Design design) {
        DesignArtifacts artifacts = GrantDesigner.artifacts(design);
        return artifacts.files().stream()
                .filter(f -> f.relativePath().equals("account_B.tf"))
                .map(OutputFile::content)
                .findFirst()
                .orElseGet(() -> "resource \"aws_s3_bucket_policy\" \"main\" {\n"
                        + "  bucket = aws_s3_bucket.main.id\n"
                        + "  policy = <<-EOT\n" + artifacts.policies().bucketPolicy().text() + "EOT\n}\n");
    }

    static BlockChange bucketPolicyChange(String original) {
        String generated = generatedAccountB(TestDesigns.load("ecs-only"));
        DiffResult result = TerraformDiff.compare(
                Map.of("account_B.tf", new SourceFile("existing/account_B.tf", original)),
                Map.of("account_B.tf", new SourceFile("generated/account_B.tf", generated)));
        assertThat(result.identicalInMeaning()).isFalse();
        return result.file("account_B.tf").orElseThrow().blocks().stream()
                .filter(b -> b.address().equals("resource.aws_s3_bucket_policy.main"))
                .findFirst().orElseThrow();
    }

    static List<ConditionChange> addedConditions(List<AccessChange> changes) {
        return changes.stream().flatMap(c -> c.conditions().stream())
                .filter(c -> c.change() == ChangeKind.ADDED).toList();
    }

    @Test
    void theEcsOnlyBucketPolicyLosesPutObjectAclAndGainsTheOrganizationAndTlsGuards() {
        BlockChange policy = bucketPolicyChange(read("account_B.tf"));

        assertThat(policy.kind()).isEqualTo(ChangeKind.CHANGED);
        assertThat(policy.label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
        AccessChange allow = policy.access().stream()
                .filter(c -> c.kind() == ChangeKind.CHANGED).findFirst().orElseThrow();
        assertThat(allow.effect()).isEqualTo(Effect.Allow);
        assertThat(allow.actions()).contains(new ElementChange("s3:PutObjectAcl", ChangeKind.REMOVED));
        assertThat(allow.actions()).noneMatch(a -> a.value().equals("s3:PutObject"));
        assertThat(allow.conditions()).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo("aws:PrincipalOrgID");
            assertThat(c.change()).isEqualTo(ChangeKind.ADDED);
        });
        AccessChange tls = policy.access().stream()
                .filter(c -> c.kind() == ChangeKind.ADDED).findFirst().orElseThrow();
        assertThat(tls.effect()).isEqualTo(Effect.Deny);
        assertThat(tls.statement()).isEqualTo("DenyInsecureTransport");
        assertThat(tls.conditions()).extracting(ConditionChange::operator, ConditionChange::key, ConditionChange::values)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bool", "aws:SecureTransport", List.of("false")));
    }

    @Test
    void theRevisedPolicyAlsoLosesTheAclCondition() {
        BlockChange policy = bucketPolicyChange(read("account_B-acl-condition.tf"));

        AccessChange allow = policy.access().stream()
                .filter(c -> c.kind() == ChangeKind.CHANGED).findFirst().orElseThrow();
        assertThat(allow.actions()).contains(new ElementChange("s3:PutObjectAcl", ChangeKind.REMOVED));
        assertThat(allow.conditions()).contains(new ConditionChange(
                "StringEquals", "s3:x-amz-acl", List.of("bucket-owner-full-control"), ChangeKind.REMOVED));
        assertThat(addedConditions(policy.access())).extracting(ConditionChange::key)
                .contains("aws:PrincipalOrgID", "aws:SecureTransport");
    }

    @Test
    void theTextReportSaysWhatAccessChanges() {
        String report = DiffTextReport.render(
                TerraformDiff.compare(Map.of("account_B.tf", new SourceFile("existing/account_B.tf", read("account_B-acl-condition.tf"))),
                        Map.of("account_B.tf", new SourceFile("generated/account_B.tf", generatedAccountB(TestDesigns.load("ecs-only"))))),
                dev.s3grant.text.Localizer.of(dev.s3grant.model.Language.EN), SideNames.EXISTING_GENERATED, false);

        assertThat(report).contains("~ resource.aws_s3_bucket_policy.main: access changed\n")
                .contains("removes s3:PutObjectAcl\n")
                .contains("removes the condition s3:x-amz-acl (StringEquals bucket-owner-full-control)\n")
                .contains("adds statement DenyInsecureTransport (Deny) in policy: s3:* on ")
                .endsWith("Different in meaning.\n");
    }
}
