package dev.s3grant.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.testing.TestDesigns;
import dev.s3grant.text.Localizer;
import org.junit.jupiter.api.Test;

/** S3G-146 and S3G-147: the organizational unit path of the shared-role style (decision 0052). */
class OrgPathRulesTest {

    private static final String OU = "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/";

    private static Design byOu(String path) {
        return Validation.EXAMPLE.withOptions(Validation.EXAMPLE.options().withPrincipalStyle(PrincipalStyle.SHARED_ROLE)
                .withWriterOrgPath(path));
    }

    @Test
    void anOuPathOfAnotherOrganizationIsAnErrorInBothLanguages() {
        Design design = byOu("o-zzzzzzzzzz/r-ab12/ou-ab12-11111111/");

        assertThat(Validation.findings(design, SharedRoleRules.ORG_PATH_INVALID))
                .extracting(f -> f.severity(), f -> f.location().text(), f -> Localizer.of(Language.EN).render(f.message()),
                        f -> Localizer.of(Language.JA).render(f.message()))
                .containsExactly(tuple(Severity.ERROR, "options.writerOrgPath",
                        "The organizational unit path o-zzzzzzzzzz/r-ab12/ou-ab12-11111111/ is not the path of an OU in"
                                + " organization o-a1b2c3d4e5. Write it as AWS Organizations builds it: o-a1b2c3d4e5/r-ROOT/ou-OU/,"
                                + " with one to five nested OU IDs, each followed by /, and no *; the policies add the * themselves.",
                        "組織単位 (OU) のパス o-zzzzzzzzzz/r-ab12/ou-ab12-11111111/ は、組織 o-a1b2c3d4e5 の OU のパスではありません。"
                                + "AWS Organizations のエンティティパスの形式 o-a1b2c3d4e5/r-ROOT/ou-OU/ で入力してください。"
                                + "OU ID は入れ子の順に 1～5 個で、それぞれの後に / を付け、* は付けないでください。"
                                + "* はポリシーの生成時に付加されます。"));
        assertThat(Validation.findings(design, SharedRoleRules.ORG_PATH_SCOPE)).isEmpty();
    }

    @Test
    void aPathThatIsNoOuPathIsAnError() {
        for (String path : new String[] {OU + "*", "ou-ab12-11111111", "o-a1b2c3d4e5/r-ab12/", "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111",
                OU + "ou-ab12-22222222/ou-ab12-33333333/ou-ab12-44444444/ou-ab12-55555555/ou-ab12-66666666/"}) {
            assertThat(Validation.findings(byOu(path), SharedRoleRules.ORG_PATH_INVALID)).as(path).hasSize(1);
        }
        assertThat(Validation.findings(byOu(OU + "ou-ab12-22222222/"), SharedRoleRules.ORG_PATH_INVALID)).isEmpty();
    }

    @Test
    void aUsableOuPathWarnsThatEveryAccountOfTheOuGetsIn() {
        assertThat(Validation.findings(byOu(OU), SharedRoleRules.ORG_PATH_SCOPE))
                .extracting(f -> f.severity(), f -> f.location().text(), f -> Localizer.of(Language.EN).render(f.message()))
                .containsExactly(tuple(Severity.WARNING, "options.writerOrgPath",
                        "The shared statement admits the role /ecs-cross-account-s3-role in every account of the organizational"
                                + " unit o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ and of the OUs under it, not only in the 1 writer"
                                + " accounts of the design: an account that joins the OU later gets write access without a change"
                                + " to the bucket policy. Keep only writer accounts in the OU, or leave the path empty to list the accounts."));
    }

    @Test
    void theGoldenDesignByOuHasNoError() {
        Design design = TestDesigns.load("shared-role-ou");

        assertThat(Validation.validate(design)).noneMatch(f -> f.severity() == Severity.ERROR)
                .extracting(f -> f.code()).contains("S3G-147");
        assertThat(Validation.validate(TestDesigns.load("shared-role"))).noneMatch(f -> f.code().equals("S3G-147"));
    }
}
