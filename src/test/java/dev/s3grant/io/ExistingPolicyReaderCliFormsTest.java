package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link ExistingPolicyReader#readAnyForm}: the forms the AWS CLI prints a role's policies in. */
class ExistingPolicyReaderCliFormsTest {

    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    private static final String CANONICAL_TRUST = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Principal": {
                    "Service": "ecs-tasks.amazonaws.com"
                  },
                  "Action": "sts:AssumeRole"
                }
              ]
            }
            """;

    @Test
    void getRoleGivesTheUrlEncodedTrustPolicyWithTheRoleNameAndPath() throws InputException {
        String encoded = URLEncoder.encode(TRUST, StandardCharsets.UTF_8).replace("+", "%20");
        String getRole = "{\n  \"Role\": {\n    \"Path\": \"/svc/\",\n    \"RoleName\": \"writer\",\n"
                + "    \"AssumeRolePolicyDocument\": \"" + encoded + "\"\n  }\n}\n";

        PolicyFileText read = ExistingPolicyReader.readAnyForm(getRole, "role.json");

        assertThat(read.document()).isEqualTo(CANONICAL_TRUST);
        assertThat(read.form()).isEqualTo(PolicyFileText.Form.ROLE_TRUST);
        assertThat(read.roleName()).contains("writer");
        assertThat(read.rolePath()).contains("/svc/");
        assertThat(read.statementLines()).containsExactly(5);
    }

    @Test
    void getRolePolicyGivesTheDocumentAsTheCliPrintsIt() throws InputException {
        String getRolePolicy = "{\"RoleName\": \"writer\", \"PolicyName\": \"p\",\n\"PolicyDocument\": {\"Version\": \"2012-10-17\",\n"
                + "\"Statement\": [\n{\"Effect\": \"Allow\", \"Action\": \"s3:PutObject\", \"Resource\": \"*\"},\n"
                + "{\"Effect\": \"Deny\", \"Action\": \"s3:DeleteObject\", \"Resource\": \"*\"}]}}";

        PolicyFileText read = ExistingPolicyReader.readAnyForm(getRolePolicy, "inline.json");

        assertThat(read.form()).isEqualTo(PolicyFileText.Form.ROLE_INLINE);
        assertThat(read.roleName()).contains("writer");
        assertThat(read.rolePath()).isEmpty();
        assertThat(read.statementLines()).containsExactly(4, 5);
    }

    @Test
    void aPlainDocumentKeepsTheLineOfEachStatement() throws InputException {
        PolicyFileText read = ExistingPolicyReader.readAnyForm(TRUST.replace("[{", "[\n\n{"), "trust.json");

        assertThat(read.form()).isEqualTo(PolicyFileText.Form.DOCUMENT);
        assertThat(read.document()).isEqualTo(CANONICAL_TRUST);
        assertThat(read.statementLines()).containsExactly(3);
    }

    @Test
    void aBrokenEncodedDocumentIsRefusedAtItsString() {
        String getRole = "{\"Role\": {\"RoleName\": \"writer\",\n  \"AssumeRolePolicyDocument\": \"%7B%22Version%22\"}}";

        InputException e = catchThrowableOfType(InputException.class, () -> ExistingPolicyReader.readAnyForm(getRole, "role.json"));

        assertThat(e).isNotNull();
        assertThat(e.problem().line()).isEqualTo(2);
    }
}
