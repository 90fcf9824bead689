package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import org.junit.jupiter.api.Test;

class TerraformInventoryTest {

    @Test
    void aliasSnakeIsLowerCaseWithNonAlphanumericsAsUnderscores() {
        assertThat(TerraformInventory.snake("Team-A.1")).isEqualTo("team_a_1");
        assertThat(TerraformInventory.snake("A")).isEqualTo("a");
    }

    @Test
    void filesAreOnePerWriterThenTheOwnersByAlias() {
        Design design = GoldenDesigns.all().get("threeWriters");
        assertThat(TerraformInventory.of(design)).extracting(TerraformInventory.TerraformFile::name)
                .containsExactly("account_A.tf", "account_C.tf", "account_D.tf", "account_B.tf");
    }

    @Test
    void managedKeyIsAliasedByTheBucketName() {
        assertThat(TerraformInventory.keyAlias(GoldenDesigns.example())).isEqualTo("alias/central-ingest-222222222222");
    }

    @Test
    void bucketPolicyComesAfterEverythingItDependsOn() {
        var owner = TerraformInventory.of(GoldenDesigns.all().get("kmsManagedKeyPolicyDocuments")).get(1);
        assertThat(owner.elements()).extracting(TerraformInventory.Element::address).containsExactly(
                "aws_s3_bucket.main", "aws_s3_bucket_ownership_controls.main", "aws_s3_bucket_public_access_block.main",
                "data.aws_iam_policy_document.key_policy", "aws_kms_key.main", "aws_kms_alias.main",
                "aws_s3_bucket_server_side_encryption_configuration.main",
                "data.aws_iam_policy_document.bucket_policy", "aws_s3_bucket_policy.main");
    }
}
