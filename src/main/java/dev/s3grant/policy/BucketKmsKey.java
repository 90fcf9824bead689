package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.Partition;
import java.util.Optional;

/**
 * The bucket's KMS key under SSE-KMS as the policies name it (docs/aws-rules.md#kms-key-reference): by its full
 * ARN when the design gives one for an existing key; otherwise (the key the owner's file creates) by
 * its account and region, narrowed in the writer's role policy by the alias the owner's file gives it.
 */
public final class BucketKmsKey {

    private BucketKmsKey() {
    }

    /**
     * True when the key is created for this design (the owner's file creates it, or the owner does,
     * with the alias {@link #alias}), so its ARN is not known when the policies are written.
     */
    public static boolean created(Design design) {
        return design.bucket().encryption().manageKey();
    }

    /** The full key ARN of an existing key, when the design gives one. */
    public static Optional<String> exactArn(Design design) {
        Encryption encryption = design.bucket().encryption();
        return encryption.manageKey() ? Optional.empty() : encryption.keyArn();
    }

    /** The exact key ARN, or {@code arn:PARTITION:kms:REGION:OWNER:key/*} when it is not known. */
    public static String arnOrPattern(Design design) {
        return exactArn(design).orElse(Arns.anyKeyOfOwner(design));
    }

    /**
     * The account that owns the key: the account field of the design's key ARN, or the bucket
     * owner's when the key is created for the design or the ARN names no account.
     */
    public static String account(Design design) {
        return exactArn(design).map(arn -> arn.split(":", 6))
                .filter(parts -> parts.length == 6 && parts[4].matches("[0-9]{12}"))
                .map(parts -> parts[4])
                .orElse(design.bucketOwner().accountId());
    }

    /** {@code alias/<bucket name>}, with the dots a KMS alias cannot hold turned into hyphens. */
    public static String alias(Design design) {
        return "alias/" + design.bucket().name().replace('.', '-');
    }

    /**
     * {@code kms:ViaService} of S3 in the design's region: {@code s3.REGION.amazonaws.com}, in the
     * China Regions {@code s3.REGION.amazonaws.com.cn} (the service's endpoint name there).
     */
    public static String s3ViaService(Design design) {
        String domain = design.partition() == Partition.AWS_CN ? ".amazonaws.com.cn" : ".amazonaws.com";
        return "s3." + design.region() + domain;
    }
}
