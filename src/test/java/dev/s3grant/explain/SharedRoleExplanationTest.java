package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import dev.s3grant.testing.TestDesigns;
import org.junit.jupiter.api.Test;

/** The shared statement's explanation says which roles it admits, beyond the designed writers, and why it is not public. */
class SharedRoleExplanationTest {

    private static final Design DESIGN = TestDesigns.load("shared-role");

    private static Explanation explanation(String subject) {
        return ExplanationLookup.of(DESIGN, subject);
    }

    private static String render(Language language, Message message) {
        return ExplanationLookup.render(language, message);
    }

    @Test
    void theSharedPutStatementSaysWhatItGrantsBeyondTheWriters() {
        Explanation put = explanation("AllowPutFromSharedRole");

        assertThat(render(Language.EN, put.what())).isEqualTo("Allows any session of a role /workloads/ingest-writer in"
                + " the 3 listed writer accounts to call s3:AbortMultipartUpload, s3:PutObject on"
                + " arn:aws:s3:::central-ingest-222222222222/incoming/*, arn:aws:s3:::central-ingest-222222222222/landing/*:"
                + " one statement for every writer that shares the role.");
        assertThat(put.notes()).extracting(Message::key).startsWith("explain.note.sharedRole.beyond",
                "explain.note.sharedRole.nonPublic", "explain.note.sharedRole.addWriter");
        assertThat(render(Language.EN, put.notes().get(0))).startsWith("Beyond the designed writers it admits any role"
                + " /workloads/ingest-writer in the 3 listed accounts (111111111111, 333333333333, 444444444444)");
        assertThat(render(Language.JA, put.notes().get(0))).contains("組織内でも列挙されていないアカウント");
    }

    @Test
    void eachConditionOfTheSharedStatementIsExplainedForTheGroupNotForOneWriter() {
        Explanation put = explanation("AllowPutFromSharedRole");

        assertThat(put.conditions()).extracting(ConditionNote::key)
                .containsExactly("aws:PrincipalArn", "aws:PrincipalAccount", "aws:PrincipalOrgID");
        assertThat(put.conditions()).extracting(c -> c.what().key()).containsExactly("explain.cond.sharedRoleArn.what",
                "explain.cond.principalAccount.what", "explain.cond.principalOrgId.what");
        assertThat(render(Language.EN, put.conditions().get(1).ifRemoved())).isEqualTo(
                "A role of the same name and path in any other account of the organization could write to"
                        + " central-ingest-222222222222.");
    }

    @Test
    void theKeyPolicyStatementIsExplainedWithTheListOfCallerAccounts() {
        Explanation key = explanation("AllowKeyUseFromSharedRole");

        assertThat(key.conditions()).extracting(c -> c.what().key()).contains("explain.cond.sharedCallerAccount.what");
        assertThat(key.notes()).extracting(Message::key).contains("explain.note.sharedRole.addWriter.key");
        assertThat(key.docUrls()).contains("https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html");
    }
}
