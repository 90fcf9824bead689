package dev.s3grant.analysis.access;

import static dev.s3grant.analysis.access.MatrixAssertions.matrix;
import static dev.s3grant.analysis.access.MatrixAssertions.rows;
import static dev.s3grant.analysis.access.MatrixAssertions.shape;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.testing.TestDesigns;
import dev.s3grant.text.Localizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedRoleOuRowsTest {

    private static final Design BY_OU = TestDesigns.load("shared-role-ou");

    @Test
    void theMatrixEndsWithTheOuTheStatementAdmitsAndTheSameNamedRolesItKeepsOut() {
        List<String> shape = shape(matrix(BY_OU));

        assertThat(shape.subList(shape.size() - 6, shape.size())).containsExactly(
                "sharedRoleOuScope s3:PutObject ALLOWED->ALLOW",
                "sharedRoleChildOu s3:PutObject ALLOWED->ALLOW",
                "sharedRoleOutsideOu s3:PutObject DENIED->IMPLICIT_DENY",
                "sharedRoleOutsideOuKms kms:GenerateDataKey DENIED->IMPLICIT_DENY",
                "sharedRoleOutsideOrganization s3:PutObject DENIED->IMPLICIT_DENY",
                "sharedRoleOtherPath s3:PutObject DENIED->IMPLICIT_DENY");
        assertThat(shape).noneMatch(s -> s.startsWith("sharedRoleUnlistedAccount") || s.startsWith("sharedRoleScope"));
        assertThat(matrix(BY_OU).allMatch()).isTrue();
    }

    @Test
    void theRowsSayInWordsThatAnyRoleOfThatNameInTheOuGetsIn() {
        AccessMatrix matrix = matrix(BY_OU);
        AccessRow scope = rows(matrix, "sharedRoleOuScope").get(0);

        assertThat(Localizer.of(Language.EN).render(scope.description())).isEqualTo(
                "Beyond the writers: the shared statement admits any role named /workloads/ingest-writer in any account"
                        + " of OU o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ (aws:PrincipalOrgPaths), not only in the 3 writer"
                        + " accounts; that role in account 999999999998, which the design does not list, allowed s3:* on"
                        + " its own side, puts an object");
        assertThat(Localizer.of(Language.JA).render(scope.description())).isEqualTo(
                "書き込み元以外にも及ぶ範囲: 共通ステートメントは 3 個の書き込み元アカウントだけでなく、"
                        + "OU o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ のすべてのアカウントにある /workloads/ingest-writer"
                        + " という名前のロールを許可するため (aws:PrincipalOrgPaths)、設計に含まれないアカウント 999999999998"
                        + " のそのロールが、自アカウント側で s3:* を許可された状態でオブジェクトを PUT する");
        assertThat(Localizer.of(Language.EN).render(rows(matrix, "sharedRoleOutsideOu").get(0).description())).isEqualTo(
                "A role named /workloads/ingest-writer in account 999999999998, inside the organization but outside OU"
                        + " o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ (path o-a1b2c3d4e5/r-ab12/), allowed s3:* on its own side,"
                        + " puts an object");
    }

    @Test
    void theWritersCarryTheOuPathAndTheAccountOutsideTheOuCarriesTheRootPath() {
        AccessMatrix matrix = matrix(BY_OU);

        assertThat(rows(matrix, "put").get(0).request().context().values("aws:PrincipalOrgPaths"))
                .contains(List.of("o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/"));
        assertThat(rows(matrix, "sharedRoleChildOu").get(0).request().context().values("aws:PrincipalOrgPaths"))
                .contains(List.of("o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ou-ab12-s3gcheck/"));
        AccessRow outside = rows(matrix, "sharedRoleOutsideOu").get(0);
        assertThat(outside.request().context().values("aws:PrincipalOrgPaths")).contains(List.of("o-a1b2c3d4e5/r-ab12/"));
        assertThat(outside.request().context().values("aws:PrincipalOrgID")).contains(List.of("o-a1b2c3d4e5"));
    }
}
