package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclBool;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.hcl.HclTuple;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.model.Design;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.ArrayList;
import java.util.List;

/** Checks shared by the read-back test and the hostile-input properties. */
final class ReadBackChecks {

    private ReadBackChecks() {
    }

    /** Each policy argument, evaluated with terraform.tfvars (or as written), equals its JSON document. */
    static void policiesMatch(Design d, GeneratedPolicies policies, TerraformModule module) {
        TerraformNames names = new TerraformNames(d);
        for (int i = 0; i < d.writers().size(); i++) {
            String w = names.writerResource(i);
            assertThat(PolicyFromHcl.of(module, module.required(module.block("resource.aws_iam_role." + w), "assume_role_policy")))
                    .as("trust policy of %s", w).isEqualTo(policies.writers().get(i).trustPolicy().document());
            assertThat(PolicyFromHcl.of(module, module.required(module.block("resource.aws_iam_role_policy." + w), "policy")))
                    .as("role policy of %s", w).isEqualTo(policies.writers().get(i).rolePolicy().document());
        }
        assertThat(PolicyFromHcl.of(module, module.required(module.block("resource.aws_s3_bucket_policy.main"), "policy")))
                .as("bucket policy").isEqualTo(policies.bucketPolicy().document());
        if (d.bucket().manage() && d.bucket().encryption().isKms() && d.bucket().encryption().manageKey()) {
            assertThat(PolicyFromHcl.of(module, module.required(module.block("resource.aws_kms_key.main"), "policy")))
                    .as("key policy").isEqualTo(policies.keyPolicy().orElseThrow().document());
        }
    }

    /** Bucket, roles, encryption, key alias and depends_on carry the design's values. */
    static void settingsMatch(Design d, TerraformModule module) {
        TerraformNames names = new TerraformNames(d);
        for (int i = 0; i < d.writers().size(); i++) {
            Writer writer = d.writers().get(i);
            HclBlock role = module.block("resource.aws_iam_role." + names.writerResource(i));
            assertThat(module.evaluate(role, "name")).isEqualTo(writer.roleName());
            assertThat(module.evaluate(role, "path")).isEqualTo(writer.rolePath().isEmpty() ? "/" : writer.rolePath());
            HclBlock policy = module.block("resource.aws_iam_role_policy." + names.writerResource(i));
            assertThat(module.evaluate(policy, "name")).isEqualTo(WriterAccountFile.INLINE_POLICY_NAME);
            assertThat(module.required(policy, "role")).isEqualTo(new HclReference("aws_iam_role." + names.writerResource(i) + ".id"));
        }
        HclBlock bucketPolicy = module.block("resource.aws_s3_bucket_policy.main");
        if (!d.bucket().manage()) {
            assertThat(module.evaluate(bucketPolicy, "bucket")).isEqualTo(d.bucket().name());
            if (d.bucket().manageOwnershipControls()) {
                HclBlock controls = module.block("resource.aws_s3_bucket_ownership_controls.main");
                assertThat(module.evaluate(controls, "bucket")).isEqualTo(d.bucket().name());
                assertThat(module.evaluate(controls.body().blocks("rule").get(0), "object_ownership"))
                        .isEqualTo(d.bucket().objectOwnership().name());
                assertThat(module.required(bucketPolicy, "depends_on"))
                        .isEqualTo(new HclTuple(List.of(new HclReference("aws_s3_bucket_ownership_controls.main"))));
            } else {
                assertThat(module.files.content(names.ownerFile()).orElseThrow())
                        .doesNotContain("aws_s3_bucket_ownership_controls");
                assertThat(bucketPolicy.body().attribute("depends_on")).isEmpty();
            }
            assertThat(commentAbove(module.files.content(names.ownerFile()).orElseThrow(),
                    "resource \"aws_s3_bucket_policy\" \"main\" {"))
                    .contains(d.existing().hasBucketPolicy()
                            ? "# The bucket exists already. This policy is its existing policy with the grant's statements\n"
                                    + "# added; the designer's statements are the ones with the designer's Sids.\n"
                            : "# The bucket exists already. This resource replaces the bucket's whole existing policy:\n"
                                    + "# merge the statements the policy has today into it before you apply.\n");
            return;
        }
        assertThat(module.evaluate(module.block("resource.aws_s3_bucket.main"), "bucket")).isEqualTo(d.bucket().name());
        assertThat(module.required(bucketPolicy, "bucket")).isEqualTo(new HclReference("aws_s3_bucket.main.id"));
        List<HclValue> dependsOn = new ArrayList<>();
        if (d.bucket().blockPublicAccess()) {
            dependsOn.add(new HclReference("aws_s3_bucket_public_access_block.main"));
        }
        dependsOn.add(new HclReference("aws_s3_bucket_ownership_controls.main"));
        assertThat(module.required(bucketPolicy, "depends_on")).isEqualTo(new HclTuple(dependsOn));

        HclBlock ownership = module.block("resource.aws_s3_bucket_ownership_controls.main").body().blocks("rule").get(0);
        assertThat(module.evaluate(ownership, "object_ownership")).isEqualTo(d.bucket().objectOwnership().name());

        Encryption e = d.bucket().encryption();
        HclBlock rule = module.block("resource.aws_s3_bucket_server_side_encryption_configuration.main").body().blocks("rule").get(0);
        HclBlock byDefault = rule.body().blocks("apply_server_side_encryption_by_default").get(0);
        assertThat(module.evaluate(byDefault, "sse_algorithm")).isEqualTo(e.isKms() ? "aws:kms" : "AES256");
        if (!e.isKms()) {
            assertThat(byDefault.body().attribute("kms_master_key_id")).isEmpty();
            assertThat(rule.body().attribute("bucket_key_enabled")).isEmpty();
            return;
        }
        assertThat(module.required(rule, "bucket_key_enabled")).isEqualTo(new HclBool(e.bucketKey()));
        if (e.manageKey()) {
            assertThat(module.required(byDefault, "kms_master_key_id")).isEqualTo(new HclReference("aws_kms_key.main.arn"));
            HclBlock alias = module.block("resource.aws_kms_alias.main");
            assertThat(module.evaluate(alias, "name")).isEqualTo("alias/" + d.bucket().name().replace('.', '-'));
            assertThat(module.required(alias, "target_key_id")).isEqualTo(new HclReference("aws_kms_key.main.key_id"));
        } else if (e.kmsKeyArn().isEmpty()) {
            assertThat(byDefault.body().attribute("kms_master_key_id")).as("no key ARN, no key ID").isEmpty();
        } else {
            assertThat(module.evaluate(byDefault, "kms_master_key_id")).isEqualTo(e.kmsKeyArn());
        }
    }

    /** The comment lines directly above the line {@code header}. */
    static String commentAbove(String text, String header) {
        List<String> lines = List.of(text.split("\n", -1));
        int at = lines.indexOf(header);
        assertThat(at).as("line %s", header).isGreaterThanOrEqualTo(0);
        int first = at;
        while (first > 0 && lines.get(first - 1).startsWith("#")) {
            first--;
        }
        StringBuilder out = new StringBuilder();
        lines.subList(first, at).forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }
}
