package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.document.FileKind;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared writer file read back as each writer account applies it (decision 0044): the writer
 * folder's files with the shared values and that account's {@code accounts/<alias>.tfvars} mean
 * exactly that writer's trust and role policies and role; the files around the bucket owner stay a
 * root module of their own.
 */
class SharedWriterReadBackTest {

    static Stream<TerraformCases> cases() {
        return TerraformCases.sharedWriterFile().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theWriterFolderHoldsOneWriterFileAndAValuesFilePerAccount(TerraformCases c) {
        Design d = c.design();
        TerraformNames names = new TerraformNames(d);
        List<String> expected = new ArrayList<>(List.of(TerraformNames.SHARED_WRITER_FILE, TerraformNames.SHARED_WRITER_VARIABLES));
        if (c.values() == TerraformValues.VARIABLES) {
            expected.add(TerraformNames.SHARED_WRITER_VALUES);
        }
        for (int i = 0; i < d.writers().size(); i++) {
            expected.add("writer/accounts/" + d.writers().get(i).alias() + ".tfvars");
            assertThat(names.accountValuesFile(i)).isEqualTo(expected.get(expected.size() - 1));
        }
        expected.add(names.ownerFile());
        if (c.values() == TerraformValues.VARIABLES) {
            expected.addAll(List.of(VariablesFile.VARIABLES, VariablesFile.VALUES));
        }
        assertThat(c.files().names()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void appliedWithEachAccountsValuesTheFileCreatesThatWritersRoleAndPolicies(TerraformCases c) {
        Design d = c.design();
        GeneratedPolicies policies = c.policies();
        TerraformNames names = new TerraformNames(d);
        for (int i = 0; i < d.writers().size(); i++) {
            Writer w = d.writers().get(i);
            TerraformModule module = new TerraformModule(writerRoot(c.files(), names.accountValuesFile(i)));
            assertThat(module.values).as("values of %s", w.alias()).containsEntry("account_id", w.accountId());
            HclBlock role = module.block("resource.aws_iam_role.writer");
            assertThat(PolicyFromHcl.of(module, module.required(role, "assume_role_policy")))
                    .as("trust policy in account %s", w.alias()).isEqualTo(policies.writers().get(i).trustPolicy().document());
            HclBlock policy = module.block("resource.aws_iam_role_policy.writer");
            assertThat(PolicyFromHcl.of(module, module.required(policy, "policy")))
                    .as("role policy in account %s", w.alias()).isEqualTo(policies.writers().get(i).rolePolicy().document());
            assertThat(module.evaluate(role, "name")).isEqualTo(w.roleName());
            assertThat(module.required(policy, "role")).isEqualTo(new HclReference("aws_iam_role.writer.id"));
            assertThat(module.declaredVariables()).as("declared = used").isEqualTo(module.usedVariables());
            assertThat(module.values.keySet()).as("the values set exactly the declared variables")
                    .containsExactlyInAnyOrderElementsOf(module.declaredVariables());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBucketOwnersRootModuleStillMeansTheBucketPolicy(TerraformCases c) {
        Design d = c.design();
        TerraformFiles owner = new TerraformFiles(c.files().documents().stream()
                .filter(f -> !f.path().startsWith(TerraformNames.SHARED_WRITER_FOLDER + "/")).toList());
        TerraformModule module = new TerraformModule(owner);
        assertThat(PolicyFromHcl.of(module, module.required(module.block("resource.aws_s3_bucket_policy.main"), "policy")))
                .isEqualTo(c.policies().bucketPolicy().document());
        assertThat(module.declaredVariables()).isEqualTo(module.usedVariables());
        assertThat(owner.names()).doesNotContain(new TerraformNames(d).writerFile(0));
    }

    /**
     * The writer folder as Terraform loads it for one account: {@code writer.tf}, {@code variables.tf},
     * and the shared values followed by the account's, as one {@code terraform.tfvars}.
     */
    static TerraformFiles writerRoot(TerraformFiles files, String accountValues) {
        String values = files.content(TerraformNames.SHARED_WRITER_VALUES).orElse("")
                + files.content(accountValues).orElseThrow();
        return new TerraformFiles(List.of(
                files.document(TerraformNames.SHARED_WRITER_FILE).orElseThrow().at("writer.tf"),
                files.document(TerraformNames.SHARED_WRITER_VARIABLES).orElseThrow().at(VariablesFile.VARIABLES),
                new GeneratedFile(VariablesFile.VALUES, FileKind.TERRAFORM_VALUES, values, Optional.empty(), List.of())));
    }
}
