package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.testing.DesignArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shared-role style grants the designed writers exactly what the per-writer style grants them: for random
 * designs whose writers share a role, every row the per-writer matrix has comes out the same in the shared-role
 * matrix, and the rows it adds (what the statement admits beyond the writers, and the same-named roles it keeps
 * out) all get their intended outcome.
 */
class SharedRoleAccessProperties {

    @Property(tries = 150)
    void theSharedStatementGrantsTheWritersWhatThePerWriterStatementsGrant(@ForAll("sharingDesigns") Design design) {
        AccessMatrix perWriter = matrixIn(design, PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION);
        AccessMatrix shared = matrixIn(design, PrincipalStyle.SHARED_ROLE);

        assertThat(shared.rows().size()).isGreaterThan(perWriter.rows().size());
        for (int i = 0; i < perWriter.rows().size(); i++) {
            AccessRow before = perWriter.rows().get(i);
            AccessRow after = shared.rows().get(i);
            assertThat(after.description()).isEqualTo(before.description());
            assertThat(after.expected()).isEqualTo(before.expected());
            assertThat(after.actual().decision()).as("%s", before.description()).isEqualTo(before.actual().decision());
        }
        List<AccessRow> beyond = shared.rows().subList(perWriter.rows().size(), shared.rows().size());
        assertThat(beyond).allMatch(AccessRow::matches);
        assertThat(beyond).extracting(r -> r.description().key()).contains(
                "access.row.sharedRoleScope", "access.row.sharedRoleUnlistedAccount",
                "access.row.sharedRoleOutsideOrganization", "access.row.sharedRoleOtherPath");
    }

    @Provide
    Arbitrary<Design> sharingDesigns() {
        return DesignArbitraries.designs().map(SharedRoleAccessProperties::sharingOneRole);
    }

    /** The design with every writer on the first writer's role name, path and upkeep choices. */
    static Design sharingOneRole(Design design) {
        Writer first = design.writers().get(0);
        return design.withWriters(design.writers().stream()
                .map(w -> w.withRoleName(first.roleName()).withRolePath(first.rolePath())
                        .withAllowAbortMultipartUpload(first.allowAbortMultipartUpload())
                        .withAllowPutObjectTagging(first.allowPutObjectTagging()))
                .toList());
    }

    private static AccessMatrix matrixIn(Design design, PrincipalStyle style) {
        Design styled = design.withOptions(design.options().withPrincipalStyle(style));
        return AccessMatrix.of(styled, PolicyGenerator.generate(styled));
    }
}
