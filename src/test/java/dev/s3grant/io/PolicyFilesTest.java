package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3grant.policy.Effect;
import dev.s3grant.policy.PolicyDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Policy JSON files are read by the one reader of policy JSON, in every form the AWS CLI prints. */
class PolicyFilesTest {

    private static final String DOCUMENT = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"},
             "Action": "sts:AssumeRole"}]}""";

    @Test
    void aDocumentIsReadAsItIs() throws InputException {
        PolicyDocument document = PolicyFiles.jsonDocument("trust.json", DOCUMENT);

        assertThat(document.statements()).singleElement().satisfies(s -> {
            assertThat(s.effect()).isEqualTo(Effect.Allow);
            assertThat(s.actions()).containsExactly("sts:AssumeRole");
        });
    }

    @Test
    void theOutputOfGetRoleIsReadForItsTrustPolicy() throws InputException {
        String getRole = "{\"Role\": {\"RoleName\": \"writer\", \"Path\": \"/\", \"AssumeRolePolicyDocument\": " + DOCUMENT + "}}";

        List<PolicySource> sources = PolicyFiles.ofText("role.json", "role.json", getRole);

        assertThat(sources).singleElement().satisfies(s -> assertThat(s.document()).hasValueSatisfying(
                d -> assertThat(d.statements().get(0).actions()).containsExactly("sts:AssumeRole")));
    }

    @Test
    void theOutputOfGetBucketPolicyIsReadFromItsString() throws InputException {
        String wrapped = "{\"Policy\": \"" + DOCUMENT.replace("\"", "\\\"").replace("\n", " ") + "\"}";

        assertThat(PolicyFiles.jsonDocument("bucket.json", wrapped).statements()).hasSize(1);
    }

    @Test
    void whatIsWrongIsReportedWithItsLineAndColumn() {
        String bad = "{\n  \"Statement\": [\n    {\"Effect\": \"Permit\", \"Action\": \"s3:PutObject\"}\n  ]\n}\n";

        assertThatThrownBy(() -> PolicyFiles.jsonDocument("bucket.json", bad))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problem().file()).isEqualTo("bucket.json");
                    assertThat(e.problem().line()).isEqualTo(3);
                    assertThat(e.problem().column()).isGreaterThan(1);
                    assertThat(e.problem().message().key()).isEqualTo("policy.load.badEffect");
                });
    }

    @Test
    void aTerraformFileWithoutPolicyHasNoSources() throws InputException {
        assertThat(PolicyFiles.ofText("main.tf", "main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n")).isEmpty();
    }
}
