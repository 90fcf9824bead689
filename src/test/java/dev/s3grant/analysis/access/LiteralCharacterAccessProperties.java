package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.BucketPolicyGenerator;
import dev.s3grant.policy.Condition;
import dev.s3grant.policy.ConditionKeys;
import dev.s3grant.policy.RolePolicyGenerator;
import dev.s3grant.policy.Statement;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A {@code *}, {@code ?}, {@code $} or brace that the user typed never widens a grant: the generated
 * {@code Resource} allows exactly the keys that start with the literal prefix, and the generated
 * {@code aws:PrincipalArn} condition holds for exactly the role's own ARN (docs/aws-rules.md#literal-wildcards).
 */
class LiteralCharacterAccessProperties {

    private static final Design EXAMPLE = DesignFiles.example();

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("a/*?${}").ofMinLength(1).ofMaxLength(8);
    }

    @Property(tries = 1000)
    void theGeneratedResourcesAllowExactlyTheKeysUnderTheLiteralPrefix(@ForAll("texts") String prefix,
            @ForAll("texts") String key, @ForAll("texts") String rest) {
        Design design = EXAMPLE.withBucket(EXAMPLE.bucket().withKeyPrefixes(List.of(prefix)));
        Statement role = RolePolicyGenerator.generate(design, design.writers().get(0)).statements().get(0);
        Statement bucket = BucketPolicyGenerator.generate(design).statements().get(0);

        for (String k : List.of(key, prefix + rest)) {
            String object = Arns.bucket(design) + "/" + k;
            boolean under = k.startsWith(prefix);
            assertThat(StatementMatcher.resourceMatches(role, object, RequestContext.empty()))
                    .as("role policy, key %s", k).isEqualTo(under);
            assertThat(StatementMatcher.resourceMatches(bucket, object, RequestContext.empty()))
                    .as("bucket policy, key %s", k).isEqualTo(under);
        }
    }

    @Property(tries = 1000)
    void thePrincipalArnConditionHoldsForExactlyTheRolesOwnArn(@ForAll("texts") String path, @ForAll("texts") String other) {
        Design design = EXAMPLE.withWriters(List.of(EXAMPLE.writers().get(0).withRolePath("/" + path + "/")));
        Statement bucket = BucketPolicyGenerator.generate(design).statements().get(0);
        Condition principalArn = bucket.conditions().stream()
                .filter(c -> c.key().equals(ConditionKeys.PRINCIPAL_ARN)).findFirst().orElseThrow();
        String role = Arns.role(design, design.writers().get(0));
        String otherRole = Arns.role(design, design.writers().get(0).withRolePath("/" + other + "/"));

        assertThat(ConditionEvaluator.holds(principalArn, RequestContext.empty().with(ConditionKeys.PRINCIPAL_ARN, role))).isTrue();
        assertThat(ConditionEvaluator.holds(principalArn, RequestContext.empty().with(ConditionKeys.PRINCIPAL_ARN, otherRole)))
                .as("%s against %s", principalArn.values(), otherRole).isEqualTo(otherRole.equals(role));
    }
}
