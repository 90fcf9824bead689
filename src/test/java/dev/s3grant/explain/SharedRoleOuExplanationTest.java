package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import dev.s3grant.testing.TestDesigns;
import org.junit.jupiter.api.Test;

/** The shared statement by OU (decision 0052) says in both languages that it admits the role in every account of the OU. */
class SharedRoleOuExplanationTest {

    private static final Design DESIGN = TestDesigns.load("shared-role-ou");

    private static Explanation explanation(String subject) {
        return ExplanationLookup.of(DESIGN, subject);
    }

    private static String render(Language language, Message message) {
        return ExplanationLookup.render(language, message);
    }

    @Test
    void thePutStatementSaysItAdmitsTheRoleInAnyAccountOfTheOu() {
        Explanation put = explanation("AllowPutFromSharedRole");

        assertThat(render(Language.EN, put.what())).isEqualTo("Allows any session of a role /workloads/ingest-writer in"
                + " any account of the organizational unit o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/, or of an OU under it, to call"
                + " s3:AbortMultipartUpload, s3:PutObject on arn:aws:s3:::central-ingest-222222222222/incoming/*,"
                + " arn:aws:s3:::central-ingest-222222222222/landing/*: one statement for every writer that shares the role.");
        assertThat(put.notes()).extracting(Message::key).startsWith("explain.note.sharedRoleOu.beyond",
                "explain.note.sharedRoleOu.nonPublic", "explain.note.sharedRoleOu.addWriter");
        assertThat(render(Language.EN, put.notes().get(0))).isEqualTo("Beyond the 3 designed writers it admits any role"
                + " /workloads/ingest-writer in any account of the OU o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ and of the OUs"
                + " under it, including accounts that join the OU later. A role of that name in an account of the"
                + " organization outside the OU, outside the organization, or on another path stays out; the access check"
                + " shows each.");
        assertThat(render(Language.JA, put.notes().get(0))).startsWith("設計した 3 個の書き込み元のほかに、OU"
                + " o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ とその配下の OU のすべてのアカウントにあるロール /workloads/ingest-writer"
                + " を許可します。");
        assertThat(put.docUrls()).contains(DocLinks.ORG_ENTITY_PATH);
    }

    @Test
    void theOuConditionIsExplainedWithItsSetOperatorAndItsPages() {
        Explanation put = explanation("AllowPutFromSharedRole");

        assertThat(put.conditions()).extracting(ConditionNote::key)
                .containsExactly("aws:PrincipalArn", "aws:PrincipalOrgPaths", "aws:PrincipalOrgID");
        ConditionNote paths = put.conditions().get(1);
        assertThat(paths.operator()).isEqualTo("ForAnyValue:StringLike");
        assertThat(render(Language.EN, paths.ifRemoved())).isEqualTo("A role of the same name and path in any account of"
                + " the organization, outside the OU too, could write to central-ingest-222222222222.");
        assertThat(render(Language.JA, paths.what())).startsWith("ステートメントの対象を、アカウントが組織単位 (OU)");
        assertThat(paths.docUrls()).containsExactly(DocLinks.CONDITION_KEYS, DocLinks.ORG_ENTITY_PATH, DocLinks.MULTIVALUED_KEYS);
    }

    @Test
    void theKeyPolicyStatementNamesTheOuNotTheCallerAccounts() {
        Explanation key = explanation("AllowKeyUseFromSharedRole");

        assertThat(key.conditions()).extracting(ConditionNote::key).contains("aws:PrincipalOrgPaths")
                .doesNotContain("kms:CallerAccount");
        assertThat(render(Language.EN, key.what())).startsWith("Allows any session of a role /workloads/ingest-writer in any"
                + " account of the organizational unit o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/");
    }
}
