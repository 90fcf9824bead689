package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import java.util.List;

/** ARNs built from a design: partition-aware, role paths honoured (docs/aws-rules.md#partition-arns). */
public final class Arns {

    private Arns() {
    }

    public static String accountRoot(Design design, String accountId) {
        return "arn:" + design.partition().id() + ":iam::" + accountId + ":root";
    }

    public static String role(Design design, Writer writer) {
        return "arn:" + design.partition().id() + ":iam::" + writer.accountId() + ":role"
                + normalizedPath(writer.rolePath()) + writer.roleName();
    }

    /**
     * The role's ARN as a condition value of {@code aws:PrincipalArn}: a {@code *}, {@code ?} or
     * {@code $} of the role path stands for itself ({@link LiteralText}), since the ARN operators
     * read {@code *} and {@code ?} as wildcards.
     */
    public static String roleAsConditionValue(Design design, Writer writer) {
        return LiteralText.escape(role(design, writer));
    }

    public static String bucket(Design design) {
        return "arn:" + design.partition().id() + ":s3:::" + design.bucket().name();
    }

    /**
     * {@code bucket/prefix*} for each prefix, or {@code bucket/*} when there is none. A {@code *},
     * {@code ?} or {@code $} inside a prefix is part of the key, not a wildcard: it is written as
     * its fixed policy variable ({@link LiteralText}); only the final {@code *} is a wildcard.
     */
    public static List<String> objects(Design design) {
        String bucket = bucket(design);
        List<String> prefixes = design.bucket().keyPrefixes();
        if (prefixes.isEmpty()) {
            return List.of(bucket + "/*");
        }
        return prefixes.stream().map(p -> bucket + "/" + LiteralText.escape(p) + "*").distinct().sorted().toList();
    }

    /** {@code arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE}. */
    public static String regional(Design design, String service, String accountId, String resource) {
        return "arn:" + design.partition().id() + ":" + service + ":" + design.region() + ":" + accountId + ":" + resource;
    }

    /** Any key in the bucket owner's account, in the design's region. */
    public static String anyKeyOfOwner(Design design) {
        return regional(design, "kms", design.bucketOwner().accountId(), "key/*");
    }

    /** An IAM path as IAM writes it inside an ARN: empty input counts as {@code /}. */
    static String normalizedPath(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        return path;
    }
}
