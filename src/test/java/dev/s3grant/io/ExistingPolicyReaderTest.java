package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.s3grant.app.ProblemText;
import dev.s3grant.model.Design;
import dev.s3grant.model.ExistingPolicies;
import dev.s3grant.model.Language;
import dev.s3grant.testing.TestDesigns;
import org.junit.jupiter.api.Test;

class ExistingPolicyReaderTest {

    private static final String DOCUMENT = """
            {
              "Version": "2012-10-17",
              "Id": "Existing",
              "Statement": {
                "Effect": "Allow",
                "Principal": {"Service": "logging.s3.amazonaws.com"},
                "Resource": "arn:aws:s3:::b/logs/*",
                "Action": "s3:PutObject"
              }
            }
            """;

    private static final String CANONICAL = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Principal": {
                    "Service": "logging.s3.amazonaws.com"
                  },
                  "Action": "s3:PutObject",
                  "Resource": "arn:aws:s3:::b/logs/*"
                }
              ]
            }
            """;

    private static InputException refuse(String text) {
        InputException e = catchThrowableOfType(InputException.class, () -> ExistingPolicyReader.read(text, "p.json"));
        assertThat(e).as("the policy should be refused").isNotNull();
        return e;
    }

    private static String text(InputException e, Language language) {
        return ProblemText.describe(e.problem(), language);
    }

    @Test
    void aPolicyDocumentIsKeptAsItsCanonicalText() throws InputException {
        assertThat(ExistingPolicyReader.read(DOCUMENT, "p.json")).isEqualTo(CANONICAL);
    }

    @Test
    void theOutputOfGetBucketPolicyIsUnwrapped() throws InputException {
        String wrapped = "{\"Policy\": " + com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode(DOCUMENT) + "}";
        assertThat(ExistingPolicyReader.read(wrapped, "p.json")).isEqualTo(CANONICAL);
    }

    @Test
    void aSyntaxErrorNamesLineAndColumnInTheUsersLanguage() {
        InputException e = refuse("{\n  \"Statement\": [\n    {\"Effect\": \"Allow\",,}\n  ]\n}\n");
        assertThat(text(e, Language.EN)).startsWith("p.json:3:24: Not valid JSON:");
        assertThat(text(e, Language.JA)).startsWith("p.json:3:24: JSON として正しくありません:");
    }

    @Test
    void aMistypedStatementMemberIsRefusedWhereItIs() {
        InputException e = refuse("{\"Statement\": [{\"Effect\": \"Allow\",\n \"Actions\": \"s3:PutObject\"}]}");
        assertThat(e.problem().path()).isEqualTo("Statement[0].Actions");
        assertThat(text(e, Language.EN)).isEqualTo("p.json:2:2: Unknown member Actions. A policy knows: Sid, Effect, "
                + "Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition.");
    }

    @Test
    void aBadEffectAndAMissingStatementAreRefused() {
        assertThat(text(refuse("{\"Statement\": [{\"Effect\": \"allow\"}]}"), Language.JA))
                .isEqualTo("p.json:1:27: Effect には Allow か Deny を指定してください。「allow」は指定できません。");
        assertThat(text(refuse("{\"Version\": \"2012-10-17\"}"), Language.EN)).isEqualTo("p.json:1:1: The policy has no Statement.");
    }

    @Test
    void anErrorInsideThePolicyStringPointsAtTheString() {
        InputException e = refuse("{\n  \"Policy\": \"{\\\"Statement\\\": [}\"\n}");
        assertThat(text(e, Language.EN)).startsWith("p.json:2:13: The Policy string is not valid JSON at its line 1, column 16:");
    }

    @Test
    void aDesignWithExistingPoliciesIsWrittenAsVersionTwoAndReadsBack() throws InputException {
        Design plain = TestDesigns.load("ecs-only");
        assertThat(DesignWriter.write(plain)).contains("\"formatVersion\": 1,").doesNotContain("existingPolicies");

        Design merged = plain.withExisting(ExistingPolicies.none().withBucketPolicy(CANONICAL));
        String text = DesignWriter.write(merged);
        assertThat(text).contains("\"formatVersion\": 2,").contains("\"existingPolicies\": {\n    \"bucketPolicy\": {");
        assertThat(DesignReader.read(text, "d.json")).isEqualTo(merged);
        assertThat(DesignWriter.write(DesignReader.read(text, "d.json"))).isEqualTo(text);
    }

    @Test
    void aBrokenExistingPolicyInADesignNamesItsPathInTheDesign() {
        String text = DesignWriter.write(TestDesigns.load("ecs-only")).replaceFirst("\n}\n$",
                ",\n  \"existingPolicies\": {\"bucketPolicy\": {\"Statement\": [{\"Effect\": \"Maybe\"}]}}\n}\n");
        InputException e = catchThrowableOfType(InputException.class, () -> DesignReader.read(text, "d.json"));
        assertThat(e.problem().path()).isEqualTo("existingPolicies.bucketPolicy.Statement[0].Effect");
        assertThat(e.problem().line()).isEqualTo(text.split("\n").length - 1);
    }
}
