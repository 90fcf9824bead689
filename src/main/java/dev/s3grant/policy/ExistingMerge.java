package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.Encryption;
import java.util.List;

/**
 * The bucket and key policies of a design merged into the existing policies the design names
 * ({@link Design#existing()}); without them, the generated documents as they are. The policy
 * files, the Terraform, the access check and the findings all take the documents from here.
 */
public final class ExistingMerge {

    private ExistingMerge() {
    }

    /** The bucket policy: the generated one, merged into the existing bucket policy when the design names one. */
    public static MergedPolicy bucket(Design design) {
        return merge(design.existing().bucketPolicy(), BucketPolicyGenerator.generate(design));
    }

    /**
     * The key policy under SSE-KMS: the generated statements, merged into the existing key policy
     * when the design names one and the files do not create the key.
     */
    public static MergedPolicy key(Design design) {
        PolicyDocument ours = KeyPolicyGenerator.generate(design);
        return keyCreatedByTheFiles(design) ? new MergedPolicy(ours, List.of(), List.of())
                : merge(design.existing().keyPolicy(), ours);
    }

    /** True when the owner's files create the KMS key: its policy is then the designer's alone. */
    public static boolean keyCreatedByTheFiles(Design design) {
        Encryption encryption = design.bucket().encryption();
        return encryption.isKms() && encryption.manageKey() && design.bucket().manage();
    }

    /** True when the key policy file is a whole key policy merged from the existing one. */
    public static boolean mergesKeyPolicy(Design design) {
        return design.bucket().encryption().isKms() && design.existing().hasKeyPolicy() && !keyCreatedByTheFiles(design);
    }

    private static MergedPolicy merge(String existing, PolicyDocument ours) {
        if (existing.isEmpty()) {
            return new MergedPolicy(ours, List.of(), List.of());
        }
        return PolicyMerge.merge(PolicyJson.parse(existing), ours);
    }
}
