package dev.s3grant.analysis.access;

import static dev.s3grant.analysis.access.MatrixAssertions.matrix;
import static dev.s3grant.analysis.access.MatrixAssertions.rows;
import static dev.s3grant.analysis.access.MatrixAssertions.shape;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.testing.TestDesigns;
import dev.s3grant.text.Localizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedRoleRowsTest {

    private static final Design SHARED = TestDesigns.load("shared-role");

    @Test
    void theSharedRoleMatrixEndsWithWhatTheStatementAdmitsBeyondTheWritersAndWhatItKeepsOut() {
        List<String> shape = shape(matrix(SHARED));

        assertThat(shape.subList(shape.size() - 5, shape.size())).containsExactly(
                "sharedRoleScope s3:PutObject ALLOWED->ALLOW",
                "sharedRoleUnlistedAccount s3:PutObject DENIED->IMPLICIT_DENY",
                "sharedRoleOutsideOrganization s3:PutObject DENIED->IMPLICIT_DENY",
                "sharedRoleOtherPath s3:PutObject DENIED->IMPLICIT_DENY",
                "sharedRoleUnlistedAccountKms kms:GenerateDataKey DENIED->IMPLICIT_DENY");
        assertThat(matrix(SHARED).allMatch()).isTrue();
    }

    @Test
    void theRowsSayInWordsWhichRolesTheStatementAdmits() {
        Localizer en = Localizer.of(Language.EN);
        AccessMatrix matrix = matrix(SHARED);

        assertThat(en.render(rows(matrix, "sharedRoleScope").get(0).description())).isEqualTo(
                "Beyond the writers: the shared statement admits any role named /workloads/ingest-writer in the 3 listed"
                        + " accounts (111111111111, 333333333333, 444444444444), not one role ARN per writer; another session"
                        + " of that role in account 111111111111, allowed s3:* on its own side, puts an object");
        assertThat(en.render(rows(matrix, "sharedRoleUnlistedAccount").get(0).description())).isEqualTo(
                "A role named /workloads/ingest-writer in account 999999999998, inside the organization but not listed in"
                        + " aws:PrincipalAccount, allowed s3:* on its own side, puts an object");
        assertThat(rows(matrix, "sharedRoleOutsideOrganization").get(0).principal())
                .isEqualTo("arn:aws:sts::999999999999:assumed-role/ingest-writer/s3grant-check");
    }

    @Test
    void theSameNamedRoleOfAnUnlistedAccountIsStoppedByThePrincipalAccountCondition() {
        AccessRow unlisted = rows(matrix(SHARED), "sharedRoleUnlistedAccount").get(0);

        assertThat(unlisted.request().context().values("aws:PrincipalOrgID")).contains(List.of("o-a1b2c3d4e5"));
        assertThat(unlisted.request().context().values("aws:PrincipalArn"))
                .contains(List.of("arn:aws:iam::999999999998:role/workloads/ingest-writer"));
        assertThat(unlisted.actual().decision()).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void perWriterStylesGetNoSharedRoleRows() {
        Design perWriter = SHARED.withOptions(SHARED.options().withPrincipalStyle(PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION));

        assertThat(shape(matrix(perWriter))).noneMatch(s -> s.startsWith("sharedRole"));
    }
}
