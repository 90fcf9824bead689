package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.terraform.TerraformFiles;
import dev.s3grant.terraform.TerraformGenerator;
import dev.s3grant.testing.TestDesigns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TerraformInventoryTest {

    /** The explained elements are exactly the blocks the Terraform generator writes, file by file, for every golden design. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.s3grant.testing.TestDesigns#names")
    void inventoryMatchesTheGeneratedFiles(String name) {
        for (TerraformStyle style : TerraformStyle.values()) {
            Design design = TestDesigns.load(name);
            design = design.withOptions(design.options().withTerraformStyle(style));
            TerraformFiles generated = TerraformGenerator.generate(design, PolicyGenerator.generate(design));
            Map<String, List<String>> written = new LinkedHashMap<>();
            generated.files().forEach((file, content) -> {
                if (file.endsWith(".tf") && !file.equals("variables.tf")) {
                    written.put(file, HclParser.parse(content).body().blocks().stream()
                            .map(b -> (b.type().equals("data") ? "data." : "") + String.join(".", b.labels())).toList());
                }
            });
            Map<String, List<String>> explained = new LinkedHashMap<>();
            for (TerraformInventory.TerraformFile f : TerraformInventory.of(design)) {
                explained.put(f.name(), f.elements().stream().map(TerraformInventory.Element::address).toList());
            }
            assertThat(explained).as("%s %s", name, style).isEqualTo(written);
        }
    }

    @Test
    void collidingAliasesGetTheGeneratorsNumberedNames() {
        Design design = GoldenDesigns.example();
        design = design.withWriters(List.of(design.writers().get(0).withAlias("team-a"),
                design.writers().get(0).withAlias("team_a").withAccountId("333333333333")));
        assertThat(TerraformInventory.roleAddress(design, design.writers().get(1))).isEqualTo("aws_iam_role.writer_team_a_2");
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
                "data.aws_region.account_b", "aws_s3_bucket.main", "aws_s3_bucket_ownership_controls.main", "aws_s3_bucket_public_access_block.main",
                "data.aws_iam_policy_document.key_policy", "aws_kms_key.main", "aws_kms_alias.main",
                "aws_s3_bucket_server_side_encryption_configuration.main",
                "data.aws_iam_policy_document.bucket_policy", "aws_s3_bucket_policy.main");
    }
}
