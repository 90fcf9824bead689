package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerraformGeneratorTest {

    private static TerraformFiles generate(Design design) {
        return TerraformGenerator.generate(design, PolicyGenerator.generate(design));
    }

    private static Design load(String name, TerraformStyle style, TerraformValues values) {
        return TerraformCases.withOptions(TestDesigns.load(name), style, values);
    }

    @Test
    void filesComeInAFixedOrderWritersFirst() {
        assertThat(generate(load("three-writers", TerraformStyle.JSONENCODE, TerraformValues.VARIABLES)).names())
                .containsExactly("account_A.tf", "account_A2.tf", "account_Analytics.tf", "account_B.tf",
                        "variables.tf", "terraform.tfvars");
        assertThat(generate(load("three-writers", TerraformStyle.JSONENCODE, TerraformValues.LITERALS)).names())
                .containsExactly("account_A.tf", "account_A2.tf", "account_Analytics.tf", "account_B.tf");
    }

    @Test
    void onlyVariablesTheFilesUseAreDeclared() {
        String noOrg = generate(load("no-organization", TerraformStyle.JSONENCODE, TerraformValues.VARIABLES))
                .content("variables.tf").orElseThrow();
        assertThat(noOrg).doesNotContain("variable \"organization_id\"", "variable \"kms_key_arn\"")
                .as("the role policy pins the bucket owner's account").contains("variable \"account_b_id\"");
        String existingKey = generate(load("kms-existing-key", TerraformStyle.JSONENCODE, TerraformValues.VARIABLES))
                .content("variables.tf").orElseThrow();
        assertThat(existingKey).contains("variable \"kms_key_arn\"", "variable \"organization_id\"");
    }

    @Test
    void theWritersFileNamesTheCreatedKeyByTheAliasTheOwnersFileGivesIt() {
        Design d = load("kms-managed-key", TerraformStyle.JSONENCODE, TerraformValues.VARIABLES);
        d = d.withBucket(d.bucket().withName("central.ingest.example"));
        TerraformFiles files = generate(d);
        String alias = "alias/${replace(var.bucket_name, \".\", \"-\")}";
        assertThat(files.content("account_B.tf").orElseThrow()).contains("name          = \"" + alias + "\"");
        assertThat(files.content("account_A.tf").orElseThrow())
                .contains("\"kms:ResourceAliases\" = \"" + alias + "\"")
                .contains("Resource = \"arn:${var.partition}:kms:${var.region}:${var.account_b_id}:key/*\"");
    }

    @Test
    void aValueThatLooksLikeAMarkerFallsBackToLiteralsAndKeepsThePolicyExact() {
        Design base = load("ecs-only", TerraformStyle.JSONENCODE, TerraformValues.VARIABLES);
        Design design = base.withBucket(base.bucket().withKeyPrefixes(List.of("\uE0000\uE001/")));
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        TerraformFiles files = TerraformGenerator.generate(design, policies);
        TerraformModule module = new TerraformModule(files);

        ReadBackChecks.policiesMatch(design, policies, module);
        assertThat(files.content("account_B.tf").orElseThrow())
                .contains("Resource = \"arn:aws:s3:::central-ingest-222222222222/\uE0000\uE001/*\"");
    }

    @Test
    void aMalformedProviderReferenceIsLeftOutAndTheHeaderSaysSo() {
        Design base = load("ecs-only", TerraformStyle.JSONENCODE, TerraformValues.LITERALS);
        Design design = base.withBucketOwner(base.bucketOwner().withTerraformProvider("aws.\"b\""));
        String owner = generate(design).content("account_B.tf").orElseThrow();
        assertThat(owner).contains("# The design's provider reference \"aws.\"b\"\" is not a Terraform reference")
                .doesNotContain("provider =");
    }

    @Test
    void aKeyTheFilesDoNotCreateComesWithANoteToExtendItsPolicy() {
        String managedBucket = generate(load("kms-existing-key", TerraformStyle.JSONENCODE, TerraformValues.LITERALS))
                .content("account_B.tf").orElseThrow();
        assertThat(ReadBackChecks.commentAbove(managedBucket,
                "resource \"aws_s3_bucket_server_side_encryption_configuration\" \"main\" {"))
                .isEqualTo("# The KMS key is not managed by these files: add the statements of policies/kms-key-policy.json\n"
                        + "# to the key's policy, or the writers cannot encrypt with it.\n");
        String managedKey = generate(load("kms-managed-key", TerraformStyle.JSONENCODE, TerraformValues.LITERALS))
                .content("account_B.tf").orElseThrow();
        assertThat(managedKey).doesNotContain("not managed by these files");
    }

    @Test
    void aManagedKeyUsesTheBucketNameForItsAliasWithoutDots() {
        Design base = load("kms-managed-key", TerraformStyle.JSONENCODE, TerraformValues.LITERALS);
        Design design = base.withBucket(base.bucket().withName("logs.example.com"));
        assertThat(generate(design).content("account_B.tf").orElseThrow())
                .contains("  name          = \"alias/logs-example-com\"\n");
    }
}
