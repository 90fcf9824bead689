package dev.s3grant.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3grant.model.Design;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Writer;
import dev.s3grant.testing.DesignArbitraries;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PolicyGeneratorProperties {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }

    @Property(tries = 500)
    void everyDocumentIsValidJsonAndReadsBackAsTheSameDocument(@ForAll("designs") Design design) throws Exception {
        for (PolicyFile file : PolicyGenerator.generate(design).all()) {
            JsonNode tree = JSON.readTree(file.text());
            assertThat(tree.get("Version").asText()).isEqualTo("2012-10-17");
            assertThat(PolicyJson.parse(file.text())).isEqualTo(file.document());
            assertThat(file.text()).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
        }
    }

    @Property(tries = 500)
    void generatingTwiceGivesTheSameBytes(@ForAll("designs") Design design) {
        assertThat(PolicyGenerator.generate(design).all()).extracting(PolicyFile::text)
                .isEqualTo(PolicyGenerator.generate(design).all().stream().map(PolicyFile::text).toList());
    }

    @Property(tries = 500)
    void noAllowGrantsS3WildcardOrAnyPrincipal(@ForAll("designs") Design design) {
        for (PolicyFile file : PolicyGenerator.generate(design).all()) {
            for (Statement s : file.document().statements()) {
                if (s.effect() == Effect.Allow) {
                    assertThat(s.actions()).as(file.fileName()).doesNotContain("s3:*", "*");
                    assertThat(s.principal() == null || !s.principal().wildcard()).as(file.fileName()).isTrue();
                    if (s.principal() != null && s.principal().aws().contains("*")) {
                        // Only the shared-role style names any principal, held to the organization and the
                        // listed accounts by fixed values (decision 0043).
                        assertThat(design.options().principalStyle()).as(file.fileName() + " " + s.sid())
                                .isEqualTo(PrincipalStyle.SHARED_ROLE);
                        if (design.options().orgGuard() && !design.organizationId().isEmpty()) {
                            assertThat(fixedValues(s, "aws:PrincipalOrgID")).as(s.sid()).containsExactly(design.organizationId());
                        }
                        List<String> accounts = new java.util.ArrayList<>(fixedValues(s, "aws:PrincipalAccount"));
                        accounts.addAll(fixedValues(s, "kms:CallerAccount"));
                        assertThat(accounts).as(s.sid()).isNotEmpty()
                                .allSatisfy(a -> assertThat(a).matches("\\d{12}"));
                    }
                }
            }
        }
    }

    @Property(tries = 300)
    void everyRolePolicyStatementPinsTheAccountThatOwnsItsResource(@ForAll("designs") Design design) {
        for (WriterPolicies w : PolicyGenerator.generate(design).writers()) {
            for (Statement s : w.rolePolicy().document().statements()) {
                assertThat(s.conditions()).as(w.alias() + " " + s.sid())
                        .filteredOn(c -> c.key().equals(ConditionKeys.RESOURCE_ACCOUNT)).singleElement()
                        .satisfies(c -> assertThat(c.operator()).isEqualTo(ConditionKeys.STRING_EQUALS));
            }
        }
    }

    @Property(tries = 300)
    void everyBucketPolicyDenyOnAnEncryptionHeaderAppliesOnlyWhenTheHeaderIsSent(@ForAll("designs") Design design) {
        for (Statement s : PolicyGenerator.generate(design).bucketPolicy().document().statements()) {
            if (s.effect() != Effect.Deny) {
                continue;
            }
            for (Condition c : s.conditions()) {
                if (c.key().startsWith(ConditionKeys.SSE_ALGORITHM)) {
                    assertThat(c.operator()).as(s.sid()).doesNotEndWith("IfExists");
                    assertThat(s.conditions()).as(s.sid()).contains(Condition.of(ConditionKeys.NULL, c.key(), "false"));
                }
            }
        }
    }

    @Property(tries = 500)
    void noAclActionOrConditionWhenAclsAreDisabled(@ForAll("designs") Design design) {
        if (design.bucket().objectOwnership() != ObjectOwnership.BucketOwnerEnforced) {
            return;
        }
        for (PolicyFile file : PolicyGenerator.generate(design).all()) {
            assertThat(file.text()).as(file.fileName()).doesNotContain("s3:PutObjectAcl").doesNotContain("x-amz-acl");
        }
    }

    @Property(tries = 500)
    void theBucketPolicyNamesEveryWritersRole(@ForAll("designs") Design design) {
        PolicyDocument bucket = PolicyGenerator.generate(design).bucketPolicy().document();
        for (Writer w : design.writers()) {
            String role = Arns.role(design, w);
            boolean named = bucket.statements().stream().anyMatch(s -> s.effect() == Effect.Allow
                    && (s.principal().aws().contains(role)
                    || s.conditions().stream().anyMatch(c -> c.key().equals("aws:PrincipalArn") && c.values().contains(role))
                    || fixedValues(s, "aws:PrincipalAccount").contains(w.accountId()) && s.conditions().stream()
                            .anyMatch(c -> c.key().equals("aws:PrincipalArn") && c.operator().equals("ArnLike")
                                    && c.values().stream().anyMatch(p -> matchesArnLike(p, role)))));
            assertThat(named).as("bucket policy names %s", role).isTrue();
        }
    }

    @Property(tries = 500)
    void trustPoliciesNameServicesOnlyInTheirAmazonawsComFormAndGuardEveryGuardedEntry(@ForAll("designs") Design design) {
        for (int i = 0; i < design.writers().size(); i++) {
            Writer w = design.writers().get(i);
            PolicyDocument trust = TrustPolicyGenerator.generate(design, w);
            List<String> named = trust.statements().stream().flatMap(s -> s.principal().services().stream()).toList();
            assertThat(named).allMatch(ServiceCatalog::isValidCustomPrincipal)
                    .containsExactlyInAnyOrderElementsOf(w.principals().trustedServices());
            if (!design.options().confusedDeputyGuard()) {
                continue;
            }
            for (String service : w.principals().trustedServices()) {
                ServiceCatalog.Entry entry = ServiceCatalog.find(service).orElse(null);
                if (entry != null && entry.guard() != ServiceCatalog.Guard.NONE) {
                    assertThat(trust.statement(Sids.trust(entry.key()))).as(service).hasValueSatisfying(s ->
                            assertThat(s.conditions()).isNotEmpty());
                }
            }
        }
    }

    @Property(tries = 500)
    void theActionsAServiceDocumentsAreGrantedOnBothSidesBucketActionsOnTheBucketOnly(@ForAll("designs") Design design) {
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        String bucketArn = Arns.bucket(design);
        for (int i = 0; i < design.writers().size(); i++) {
            Writer w = design.writers().get(i);
            List<Statement> role = policies.writers().get(i).rolePolicy().document().statements();
            List<Statement> bucket = policies.bucketPolicy().document().statements().stream()
                    .filter(s -> appliesTo(s, w)).toList();
            for (List<Statement> side : List.of(role, bucket)) {
                Set<String> granted = side.stream().filter(s -> s.effect() == Effect.Allow)
                        .flatMap(s -> s.actions().stream()).collect(Collectors.toSet());
                assertThat(granted).containsAll(ServiceActions.all(w));
                for (Statement s : side) {
                    boolean onBucket = s.resources().equals(List.of(bucketArn));
                    assertThat(s.actions().stream().anyMatch(ServiceActions.FIREHOSE_BUCKET_ACTIONS::contains))
                            .as(s.sid()).isEqualTo(onBucket && !ServiceActions.bucketActions(w).isEmpty());
                }
            }
            boolean firehose = w.principals().trustedServices().contains(ServiceCatalog.FIREHOSE);
            assertThat(role.stream().anyMatch(s -> s.actions().contains("s3:GetObject"))).isEqualTo(firehose);
        }
    }

    /** The writer's own statements, and in the shared-role style the statement that lists its account. */
    private static boolean appliesTo(Statement s, Writer w) {
        return s.sid().endsWith("From" + Sids.alnum(w.alias()))
                || s.principal() != null && s.principal().aws().contains("*") && fixedValues(s, "aws:PrincipalAccount").contains(w.accountId());
    }

    /** The values a {@code StringEquals} condition on {@code key} fixes, or none. */
    private static List<String> fixedValues(Statement s, String key) {
        return s.conditions().stream().filter(c -> c.key().equals(key) && c.operator().equals("StringEquals"))
                .flatMap(c -> c.values().stream()).toList();
    }

    /** Whether {@code arn} matches an {@code ArnLike} pattern whose only wildcard is {@code *}. */
    private static boolean matchesArnLike(String pattern, String arn) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            regex.append(java.util.regex.Pattern.quote(part)).append(".*");
        }
        regex.setLength(regex.length() - 2);
        return arn.matches(regex.toString());
    }
}
