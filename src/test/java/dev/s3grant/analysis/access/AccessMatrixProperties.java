package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.testing.DesignArbitraries;
import dev.s3grant.text.Localizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AccessMatrixProperties {

    /** Valid designs whose writers are all in accounts other than the bucket owner's. */
    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs().filter(d -> d.writers().stream()
                .noneMatch(w -> w.accountId().equals(d.bucketOwner().accountId())));
    }

    /** Valid designs with ACLs disabled, some of whose writers may be in the bucket owner's own account. */
    @Provide
    Arbitrary<Design> aclsDisabled() {
        return DesignArbitraries.designs()
                .map(d -> d.withBucket(d.bucket().withObjectOwnership(ObjectOwnership.BucketOwnerEnforced)));
    }

    /** The same, with the first writer moved into the bucket owner's account. */
    @Provide
    Arbitrary<Design> firstWriterInOwnerAccount() {
        return aclsDisabled().map(d -> {
            List<Writer> writers = new ArrayList<>(d.writers());
            writers.set(0, writers.get(0).withAccountId(d.bucketOwner().accountId()));
            return d.withWriters(writers);
        });
    }

    @Property(tries = 400)
    void everyRowOfAValidDesignWithAclsDisabledGetsItsIntendedOutcome(@ForAll("aclsDisabled") Design design) {
        AccessMatrix matrix = MatrixAssertions.matrix(design);
        assertThat(matrix.allMatch()).as(MatrixAssertions.describeMismatches(matrix)).isTrue();
        assertThat(matrix.findings()).isEmpty();
    }

    @Property(tries = 200)
    void aWriterInTheBucketOwnersAccountGetsNoAccessCheckError(@ForAll("firstWriterInOwnerAccount") Design design) {
        AccessMatrix matrix = MatrixAssertions.matrix(design);
        assertThat(matrix.findings()).as(MatrixAssertions.describeMismatches(matrix)).isEmpty();
    }

    @Property(tries = 200)
    void withAclsEnabledEveryWritersPartsAndCompletionAreTheOnlyMismatches(@ForAll("designs") Design design) {
        Assume.that(!design.bucket().objectOwnership().aclsDisabled());
        AccessMatrix matrix = MatrixAssertions.matrix(design);
        assertThat(matrix.mismatches()).extracting(r -> r.description().key())
                .containsOnly("access.row.uploadPart", "access.row.completeUpload")
                .hasSize(2 * design.writers().size());
    }

    @Property(tries = 200)
    void withoutTheBucketPolicysAllowsNoWriterPutIsAllowed(@ForAll("designs") Design design) {
        GeneratedPolicies generated = PolicyGenerator.generate(design);
        PolicyFile bucket = generated.bucketPolicy();
        PolicyDocument denyOnly = PolicyDocument.of(bucket.document().statements().stream()
                .filter(s -> s.effect() == Effect.Deny).toList());
        AccessMatrix matrix = AccessMatrix.of(design, new GeneratedPolicies(generated.writers(),
                PolicyFile.of(bucket.fileName(), bucket.kind(), bucket.ownerAlias(), denyOnly), generated.keyPolicy()));
        assertThat(MatrixAssertions.rows(matrix, "put")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.matches()).isFalse();
            assertThat(r.actual().reason()).isEqualTo(Reason.RESOURCE_POLICY_DOES_NOT_ALLOW);
        });
        assertThat(matrix.findings()).hasSize(matrix.mismatches().size()).isNotEmpty();
    }

    @Property(tries = 100)
    void everyRowAndFindingRendersInBothLanguages(@ForAll("designs") Design design) {
        AccessMatrix matrix = MatrixAssertions.matrix(design.withWriters(design.writers().stream()
                .map(w -> w.withAccountId(design.bucketOwner().accountId())).toList()));
        for (Language language : Language.values()) {
            Localizer text = Localizer.of(language);
            for (AccessRow row : matrix.rows()) {
                assertThat(text.render(row.description())).doesNotContain("!access.").doesNotContain("{");
                assertThat(text.format(row.actual().reason().messageKey())).doesNotStartWith("!");
            }
            matrix.findings().forEach(f -> assertThat(text.render(f.message())).doesNotContain("!access.").doesNotContain("{"));
        }
    }
}
