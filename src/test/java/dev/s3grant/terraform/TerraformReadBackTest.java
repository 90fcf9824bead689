package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.model.Design;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every generated file back with the HCL reader: the blocks are the ones docs/aws-rules.md#terraform-resources lists,
 * each policy means exactly its JSON document under {@code policies/}, and every variable used is
 * declared and has a value.
 */
class TerraformReadBackTest {

    private static final String PD = "data.aws_iam_policy_document.";

    static Stream<TerraformCases> cases() {
        return TerraformCases.perAccountLayout().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFileHoldsExactlyTheListedBlocks(TerraformCases c) {
        Design d = c.design();
        TerraformFiles files = c.files();
        TerraformModule module = new TerraformModule(files);
        TerraformNames names = new TerraformNames(d);
        boolean pd = c.style() == TerraformStyle.POLICY_DOCUMENT;

        List<String> expectedNames = new ArrayList<>();
        for (int i = 0; i < d.writers().size(); i++) {
            expectedNames.add(names.writerFile(i));
            String w = names.writerResource(i);
            List<String> blocks = new ArrayList<>();
            blocks.add("data.aws_region." + names.writerRegionData(i));
            if (pd) {
                blocks.add(PD + w + "_trust");
            }
            blocks.add("resource.aws_iam_role." + w);
            if (pd) {
                blocks.add(PD + w + "_role");
            }
            blocks.add("resource.aws_iam_role_policy." + w);
            if (d.writers().get(i).principals().trustedServices().contains("ec2.amazonaws.com")) {
                blocks.add("resource.aws_iam_instance_profile." + w);
            }
            assertThat(module.addresses(names.writerFile(i))).as(names.writerFile(i)).containsExactlyElementsOf(blocks);
        }
        expectedNames.add(names.ownerFile());
        assertThat(module.addresses(names.ownerFile())).as(names.ownerFile())
                .containsExactlyElementsOf(ownerBlocks(d, pd, "data.aws_region." + names.ownerRegionData()));
        if (c.values() == TerraformValues.VARIABLES) {
            expectedNames.add("variables.tf");
            expectedNames.add("terraform.tfvars");
            assertThat(module.addresses("variables.tf")).allMatch(a -> a.startsWith("variable."));
        }
        assertThat(files.names()).containsExactlyElementsOf(expectedNames);
    }

    private static List<String> ownerBlocks(Design d, boolean pd, String regionCheck) {
        List<String> blocks = new ArrayList<>(List.of(regionCheck));
        Encryption e = d.bucket().encryption();
        if (d.bucket().manage()) {
            blocks.add("resource.aws_s3_bucket.main");
            blocks.add("resource.aws_s3_bucket_ownership_controls.main");
            if (d.bucket().blockPublicAccess()) {
                blocks.add("resource.aws_s3_bucket_public_access_block.main");
            }
            if (e.isKms() && e.manageKey()) {
                if (pd) {
                    blocks.add(PD + "key_policy");
                }
                blocks.add("resource.aws_kms_key.main");
                blocks.add("resource.aws_kms_alias.main");
            }
            blocks.add("resource.aws_s3_bucket_server_side_encryption_configuration.main");
        } else if (d.bucket().manageOwnershipControls()) {
            blocks.add("resource.aws_s3_bucket_ownership_controls.main");
        }
        if (pd) {
            blocks.add(PD + "bucket_policy");
        }
        blocks.add("resource.aws_s3_bucket_policy.main");
        return blocks;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPolicyMeansItsJsonDocument(TerraformCases c) {
        ReadBackChecks.policiesMatch(c.design(), c.policies(), new TerraformModule(c.files()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyVariableUsedIsDeclaredAndHasAValue(TerraformCases c) {
        TerraformModule module = new TerraformModule(c.files());
        if (c.values() == TerraformValues.LITERALS) {
            assertThat(module.usedVariables()).isEmpty();
            assertThat(module.declaredVariables()).isEmpty();
            return;
        }
        assertThat(module.usedVariables()).isNotEmpty();
        assertThat(module.declaredVariables()).as("declared = used").isEqualTo(module.usedVariables());
        assertThat(module.values.keySet()).as("tfvars sets exactly the declared variables")
                .containsExactlyInAnyOrderElementsOf(module.declaredVariables());
        for (HclBlock variable : module.file("variables.tf").body().blocks("variable")) {
            assertThat(module.evaluate(variable, "description")).isNotBlank();
            assertThat(module.required(variable, "type")).isEqualTo(new HclReference("string"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resourcesCarryTheDesignsSettings(TerraformCases c) {
        ReadBackChecks.settingsMatch(c.design(), new TerraformModule(c.files()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exactlyOneBucketPolicyAndNoDeprecatedArguments(TerraformCases c) {
        TerraformModule module = new TerraformModule(c.files());
        long bucketPolicies = module.parsed.values().stream()
                .flatMap(f -> f.body().blocks().stream())
                .filter(b -> b.address().startsWith("resource.aws_s3_bucket_policy."))
                .count();
        assertThat(bucketPolicies).isEqualTo(1);
        assertThat(module.attributeNames()).doesNotContain("inline_policy", "managed_policy_arns");
        assertThat(String.join("\n", c.files().files().values())).doesNotContain("data.aws_region", "aws_caller_identity");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFileStartsWithTheDesignNameAndTheApplyOrder(TerraformCases c) {
        Design d = c.design();
        String applyOrder = d.options().principalStyle() == PrincipalStyle.ROLE_ARN
                ? "# Apply order: the writer files first ("
                : "# Apply order: any.";
        c.files().files().forEach((name, text) -> {
            String[] lines = text.split("\n", -1);
            assertThat(lines[0]).as(name).startsWith("# S3 Grant Designer, design \"" + d.name() + "\": ");
            assertThat(lines[1]).as(name).startsWith(applyOrder);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aProviderReferenceLandsOnEveryBlockOfItsAccount(TerraformCases c) {
        Design d = c.design();
        TerraformModule module = new TerraformModule(c.files());
        TerraformNames names = new TerraformNames(d);
        for (int i = 0; i < d.writers().size(); i++) {
            assertProvider(module, names.writerFile(i), d.writers().get(i).terraformProvider());
        }
        assertProvider(module, names.ownerFile(), d.bucketOwner().terraformProvider());
    }

    private static void assertProvider(TerraformModule module, String file, String provider) {
        for (HclBlock block : module.file(file).body().blocks()) {
            if (provider.isEmpty()) {
                assertThat(block.body().attribute("provider")).as("%s in %s", block.address(), file).isEmpty();
            } else {
                assertThat(module.required(block, "provider")).as("%s in %s", block.address(), file)
                        .isEqualTo(new HclReference(provider));
            }
        }
    }
}
