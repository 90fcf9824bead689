package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.testing.DesignArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shared-role style by organizational unit (decision 0052) grants the designed writers, taken to be in the OU,
 * exactly what the per-writer style grants them, for random designs and OU paths one to five deep; the role in an
 * unlisted account of the OU or of an OU under it gets in, in an account of the organization outside the OU it does
 * not.
 */
class SharedRoleOuAccessProperties {

    @Property(tries = 120)
    void everyDesignedWriterInTheOuGetsWhatThePerWriterStatementsGrantAndAnAccountOutsideIsDenied(
            @ForAll("designsByOu") Design design) {
        AccessMatrix perWriter = matrixIn(design, PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION);
        AccessMatrix byOu = matrixIn(design, PrincipalStyle.SHARED_ROLE);

        for (int i = 0; i < perWriter.rows().size(); i++) {
            AccessRow before = perWriter.rows().get(i);
            AccessRow after = byOu.rows().get(i);
            assertThat(after.description()).isEqualTo(before.description());
            assertThat(after.actual().decision()).as("%s", before.description()).isEqualTo(before.actual().decision());
        }
        List<AccessRow> beyond = byOu.rows().subList(perWriter.rows().size(), byOu.rows().size());
        assertThat(beyond).allMatch(AccessRow::matches);
        assertThat(MatrixAssertions.rows(byOu, "sharedRoleOuScope")).singleElement()
                .satisfies(r -> assertThat(r.actual().decision()).isEqualTo(Decision.ALLOW));
        assertThat(MatrixAssertions.rows(byOu, "sharedRoleOutsideOu")).singleElement()
                .satisfies(r -> assertThat(r.actual().decision()).isEqualTo(Decision.IMPLICIT_DENY));
        assertThat(MatrixAssertions.rows(byOu, "sharedRoleOutsideOrganization")).singleElement()
                .satisfies(r -> assertThat(r.actual().decision()).isEqualTo(Decision.IMPLICIT_DENY));
    }

    @Provide
    Arbitrary<Design> designsByOu() {
        Arbitrary<String> ouIds = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofLength(8)
                .map(s -> "ou-ab12-" + s);
        Arbitrary<List<String>> nested = ouIds.list().ofMinSize(1).ofMaxSize(5);
        return Combinators.combine(DesignArbitraries.designs(), nested).as((design, ous) -> {
            Design sharing = SharedRoleAccessProperties.sharingOneRole(design);
            String org = sharing.organizationId().matches("^o-[a-z0-9]{10,32}$") ? sharing.organizationId() : "o-a1b2c3d4e5";
            String path = org + "/r-ab12/" + String.join("/", ous) + "/";
            return sharing.withOrganizationId(org)
                    .withOptions(sharing.options().withOrgGuard(true).withWriterOrgPath(path));
        });
    }

    private static AccessMatrix matrixIn(Design design, PrincipalStyle style) {
        Design styled = design.withOptions(design.options().withPrincipalStyle(style));
        return AccessMatrix.of(styled, PolicyGenerator.generate(styled));
    }
}
