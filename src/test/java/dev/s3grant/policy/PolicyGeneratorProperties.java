package dev.s3grant.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3grant.model.Design;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.ServiceCatalog;
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
                    if (s.principal() != null) {
                        assertThat(s.principal().aws()).doesNotContain("*");
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
                    || s.conditions().stream().anyMatch(c -> c.key().equals("aws:PrincipalArn") && c.values().contains(role))));
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
                    .filter(s -> s.sid().endsWith("From" + Sids.alnum(w.alias()))).toList();
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
}
