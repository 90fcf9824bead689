package dev.s3grant.terraform;

import dev.s3grant.document.BlockRole;
import dev.s3grant.document.FileKind;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.model.Writer;
import java.util.OptionalInt;

/**
 * {@code account_<alias>.tf} of one writer: the role with its trust policy as
 * {@code assume_role_policy}, and its inline policy as an {@code aws_iam_role_policy} (never the
 * deprecated {@code inline_policy} or {@code managed_policy_arns} arguments); for a role that trusts
 * EC2, the {@code aws_iam_instance_profile} without which the role never reaches an instance.
 * <p>Rules: docs/aws-rules.md#terraform-resources, docs/aws-rules.md#no-deprecated-arguments,
 * docs/aws-rules.md#ec2-instance-profile.
 * <p>With {@link TerraformNames#sharedWriter shared names}, the same blocks make the shared writer
 * file, which every writer account applies with its own account ID (decision 0044).
 */
final class WriterAccountFile {

    /** The inline policy's name: fixed, so regenerating never renames (and so never replaces) it. */
    static final String INLINE_POLICY_NAME = "s3-cross-account-put";

    private WriterAccountFile() {
    }

    static GeneratedFile render(Generation g, int index) {
        Writer writer = g.design().writers().get(index);
        TerraformNames names = g.names();
        ProviderReference provider = new ProviderReference(writer.terraformProvider());
        String role = names.writerResource(index);
        boolean shared = names.isSharedWriter();
        HclFileBuilder file = new HclFileBuilder(shared ? FileHeader.sharedWriterLines(g, provider)
                : FileHeader.accountLines(g, "writer account " + writer.alias(), provider), OptionalInt.of(index));
        file.block(BlockRole.REGION_CHECK, RegionCheck.block(g, names.writerRegionData(index),
                shared ? g.values().value(names.writerAccountVariable(index)) : TemplateText.literal(writer.alias()), provider));

        PolicyExpression trust = g.policy(names.writerTrustData(index), g.policies().trust(index), provider);
        trust.dataSource().ifPresent(b -> file.block(BlockRole.WRITER_TRUST_DOCUMENT, b));
        file.block(BlockRole.WRITER_ROLE, HclBlockBuilder.block("resource", "aws_iam_role", role)
                .provider(provider)
                .attribute("name", g.values().roleName(index))
                .attribute("path", HclExpr.string(writer.rolePath().isEmpty() ? "/" : writer.rolePath()))
                .attribute("assume_role_policy", trust.value())
                .build());

        PolicyExpression policy = g.policy(names.writerRoleData(index), g.policies().role(index), provider);
        policy.dataSource().ifPresent(b -> file.block(BlockRole.WRITER_ROLE_DOCUMENT, b));
        file.block(BlockRole.WRITER_ROLE_POLICY, HclBlockBuilder.block("resource", "aws_iam_role_policy", role)
                .provider(provider)
                .attribute("name", HclExpr.string(INLINE_POLICY_NAME))
                .attribute("role", HclExpr.ref(names.writerRoleAddress(index) + ".id"))
                .attribute("policy", policy.value())
                .build());

        if (TerraformNames.needsInstanceProfile(writer)) {
            file.block(BlockRole.WRITER_INSTANCE_PROFILE, HclBlockBuilder.block("resource", "aws_iam_instance_profile", role)
                    .provider(provider)
                    .attribute("name", HclExpr.ref(names.writerRoleAddress(index) + ".name"))
                    .attribute("path", HclExpr.ref(names.writerRoleAddress(index) + ".path"))
                    .attribute("role", HclExpr.ref(names.writerRoleAddress(index) + ".name"))
                    .build());
        }
        return file.render(names.writerFile(index), FileKind.TERRAFORM_ACCOUNT);
    }
}
