package dev.s3grant.terraform;

import dev.s3grant.document.BlockRole;
import dev.s3grant.document.FileKind;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.model.Bucket;
import dev.s3grant.model.Encryption;
import dev.s3grant.policy.ExistingMerge;
import dev.s3grant.policy.PolicyGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code account_<owner>.tf}. A managed bucket gets the bucket, its ownership controls, public access
 * block, default encryption (and, with {@code manageKey}, the KMS key and its alias) and the one
 * bucket policy, which {@code depends_on} the public access block and the ownership controls. An
 * existing bucket gets its ownership controls (unless {@code manageOwnershipControls} is off: its
 * Object Ownership is not known otherwise) and the bucket policy, under a warning that it replaces
 * the whole existing policy.
 * <p>Rules: docs/aws-rules.md#terraform-resources, docs/aws-rules.md#one-bucket-policy,
 * docs/aws-rules.md#bucket-policy-depends-on, docs/aws-rules.md#existing-bucket-ownership,
 * docs/aws-rules.md#default-encryption, docs/aws-rules.md#bucket-key.
 */
final class OwnerAccountFile {

    static final String MAIN = TerraformNames.OWNER_RESOURCE;
    static final String BUCKET = TerraformNames.BUCKET_ADDRESS;
    static final String OWNERSHIP = TerraformNames.OWNERSHIP_CONTROLS_ADDRESS;
    static final String PUBLIC_ACCESS_BLOCK = TerraformNames.PUBLIC_ACCESS_BLOCK_ADDRESS;
    static final String KEY = TerraformNames.KMS_KEY_ADDRESS;
    static final String BUCKET_POLICY_DATA = "bucket_policy";
    static final String KEY_POLICY_DATA = "key_policy";

    private OwnerAccountFile() {
    }

    static GeneratedFile render(Generation g) {
        ProviderReference provider = new ProviderReference(g.design().bucketOwner().terraformProvider());
        HclFileBuilder file = new HclFileBuilder(FileHeader.accountLines(g,
                "bucket owner account " + g.design().bucketOwner().alias(), provider));
        file.block(BlockRole.REGION_CHECK, RegionCheck.block(g, g.names().ownerRegionData(), g.design().bucketOwner().alias(), provider));
        Bucket bucket = g.design().bucket();
        if (bucket.manage()) {
            managedBucket(g, provider, file);
        } else {
            List<String> comments = new ArrayList<>(g.design().existing().hasBucketPolicy()
                    ? List.of("The bucket exists already. This policy is its existing policy with the grant's statements",
                            "added; the designer's statements are the ones with the designer's Sids.")
                    : List.of("The bucket exists already. This resource replaces the bucket's whole existing policy:",
                            "merge the statements the policy has today into it before you apply."));
            comments.addAll(existingKeyNote(g));
            HclExpr bucketName = HclExpr.text(g.values().bucketName());
            if (bucket.manageOwnershipControls()) {
                ownershipControls(g, provider, file, List.of(
                        "The bucket exists already: its Object Ownership is set here, since a bucket created before",
                        "April 2023 may still be ObjectWriter, and then the bucket owner does not own what writers put."),
                        bucketName);
            }
            bucketPolicy(g, provider, file, comments, bucketName);
        }
        return file.render(g.names().ownerFile(), FileKind.TERRAFORM_ACCOUNT);
    }

    private static void managedBucket(Generation g, ProviderReference provider, HclFileBuilder file) {
        Bucket bucket = g.design().bucket();
        HclExpr bucketId = HclExpr.ref(BUCKET + ".id");
        file.block(BlockRole.BUCKET, resource("aws_s3_bucket", provider)
                .attribute("bucket", g.values().bucketName())
                .build());
        ownershipControls(g, provider, file, List.of(), bucketId);
        if (bucket.blockPublicAccess()) {
            file.block(BlockRole.PUBLIC_ACCESS_BLOCK, resource("aws_s3_bucket_public_access_block", provider)
                    .attribute("bucket", bucketId)
                    .blank()
                    .attribute("block_public_acls", HclExpr.bool(true))
                    .attribute("block_public_policy", HclExpr.bool(true))
                    .attribute("ignore_public_acls", HclExpr.bool(true))
                    .attribute("restrict_public_buckets", HclExpr.bool(true))
                    .build());
        }
        Encryption encryption = bucket.encryption();
        HclExpr keyArn = null;
        if (encryption.isKms() && encryption.manageKey()) {
            managedKey(g, provider, file);
            keyArn = HclExpr.ref(KEY + ".arn");
        } else if (encryption.isKms() && !encryption.kmsKeyArn().isEmpty()) {
            keyArn = HclExpr.text(g.values().kmsKeyArn());
        }
        HclBlockBuilder byDefault = HclBlockBuilder.block("apply_server_side_encryption_by_default")
                .attribute("sse_algorithm", HclExpr.string(encryption.isKms() ? "aws:kms" : "AES256"));
        if (keyArn != null) {
            byDefault.attribute("kms_master_key_id", keyArn);
        }
        HclBlockBuilder rule = HclBlockBuilder.block("rule");
        if (encryption.isKms()) {
            rule.attribute("bucket_key_enabled", HclExpr.bool(encryption.bucketKey())).blank();
        }
        rule.block(byDefault.build());
        file.block(BlockRole.ENCRYPTION, existingKeyNote(g), resource("aws_s3_bucket_server_side_encryption_configuration", provider)
                .attribute("bucket", bucketId)
                .blank()
                .block(rule.build())
                .build());
        bucketPolicy(g, provider, file, List.of(), bucketId);
    }

    private static void ownershipControls(Generation g, ProviderReference provider, HclFileBuilder file,
                                          List<String> comments, HclExpr bucket) {
        file.block(BlockRole.OWNERSHIP_CONTROLS, comments, resource("aws_s3_bucket_ownership_controls", provider)
                .attribute("bucket", bucket)
                .blank()
                .block(HclBlockBuilder.block("rule")
                        .attribute("object_ownership", HclExpr.string(g.design().bucket().objectOwnership().name()))
                        .build())
                .build());
    }

    private static void managedKey(Generation g, ProviderReference provider, HclFileBuilder file) {
        PolicyExpression keyPolicy = g.policy(KEY_POLICY_DATA, g.policies().key().orElseThrow(), provider);
        keyPolicy.dataSource().ifPresent(b -> file.block(BlockRole.KEY_POLICY_DOCUMENT, b));
        file.block(BlockRole.KMS_KEY, resource("aws_kms_key", provider)
                .attribute("description", TemplateText.literal("Default encryption of S3 bucket ").append(g.values().bucketName()))
                .attribute("enable_key_rotation", HclExpr.bool(true))
                .attribute("policy", keyPolicy.value())
                .build());
        file.block(BlockRole.KMS_ALIAS, resource("aws_kms_alias", provider)
                .attribute("name", g.values().keyAlias())
                .attribute("target_key_id", HclExpr.ref(KEY + ".key_id"))
                .build());
    }

    private static void bucketPolicy(Generation g, ProviderReference provider, HclFileBuilder file,
                                     List<String> comments, HclExpr bucket) {
        PolicyExpression policy = g.policy(BUCKET_POLICY_DATA, g.policies().bucket(), provider);
        policy.dataSource().ifPresent(b -> file.block(BlockRole.BUCKET_POLICY_DOCUMENT, b));
        HclBlockBuilder resource = resource("aws_s3_bucket_policy", provider)
                .attribute("bucket", bucket)
                .attribute("policy", policy.value());
        Bucket designed = g.design().bucket();
        List<HclExpr> dependsOn = new ArrayList<>();
        if (designed.manage() && designed.blockPublicAccess()) {
            dependsOn.add(HclExpr.ref(PUBLIC_ACCESS_BLOCK));
        }
        if (designed.ownershipControlsSet()) {
            dependsOn.add(HclExpr.ref(OWNERSHIP));
        }
        if (!dependsOn.isEmpty()) {
            resource.blank().attribute("depends_on", HclExpr.tuple(dependsOn));
        }
        file.block(BlockRole.BUCKET_POLICY, comments, resource.build());
    }

    /** Under SSE-KMS with a key the files do not create: the key policy must be extended by hand. */
    private static List<String> existingKeyNote(Generation g) {
        Encryption encryption = g.design().bucket().encryption();
        if (!encryption.isKms() || (encryption.manageKey() && g.design().bucket().manage())) {
            return List.of();
        }
        if (ExistingMerge.mergesKeyPolicy(g.design())) {
            return List.of(
                    "The KMS key is not managed by these files: policies/" + PolicyGenerator.KEY_POLICY_FILE + " is its existing",
                    "policy with the grant's statements added; put it on the key, or the writers cannot encrypt with it.");
        }
        return List.of(
                "The KMS key is not managed by these files: add the statements of policies/" + PolicyGenerator.KEY_POLICY_FILE,
                "to the key's policy, or the writers cannot encrypt with it.");
    }

    private static HclBlockBuilder resource(String type, ProviderReference provider) {
        return HclBlockBuilder.block("resource", type, MAIN).provider(provider);
    }
}
