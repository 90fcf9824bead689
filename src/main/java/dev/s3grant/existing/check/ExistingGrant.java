package dev.s3grant.existing.check;

import dev.s3grant.analysis.access.NamedPolicy;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The grant the existing files make, with their values resolved, and what is meant to be allowed:
 * the bucket, its owner, its policy and key policy, the writer roles and the key prefixes.
 *
 * @param bucketName   the bucket's name
 * @param bucketSide   the {@code --against} path that declares the bucket side; empty when none does
 * @param ownerAccount the bucket owner's account
 * @param bucketPolicy the bucket policy, when the files have one
 * @param aclRequired  whether writers are meant to send the bucket-owner-full-control ACL (ACLs enabled)
 * @param kmsKeyArn    the bucket's SSE-KMS key; empty without SSE-KMS
 * @param bucketKey    whether S3 Bucket Keys are on, so that KMS sees the bucket's ARN as encryption context
 * @param keyPolicy    the key policy, when the files have one
 * @param keyAliases   the aliases the files give the key ({@code kms:ResourceAliases} of a request on it)
 * @param writers      the roles meant to write
 * @param prefixes     the key prefixes the writers are meant to write under ({@code ""} for the whole bucket)
 * @param organization the organization ID the files (or the design) name; empty when none
 * @param region       the Region, for source ARNs
 * @param partition    the partition
 * @param standIns     the values the files do not give, by what they stand for
 * @param unread       the parts that could not be read, as {@code file: what}
 */
public record ExistingGrant(String bucketName, String bucketSide, String ownerAccount, Optional<NamedPolicy> bucketPolicy,
                            boolean aclRequired, String kmsKeyArn, boolean bucketKey, Optional<NamedPolicy> keyPolicy, List<String> keyAliases,
                            List<WriterRole> writers, List<String> prefixes, String organization, String region,
                            String partition, Map<String, String> standIns, List<String> unread) {

    /** What the stand-in of the bucket owner's account stands for, in {@link #standIns()}. */
    public static final String OWNER_ACCOUNT = "data.aws_caller_identity (bucket owner)";
    /** What the stand-in of a writer's account stands for, in {@link #standIns()}. */
    public static final String WRITER_ACCOUNT = "data.aws_caller_identity (writer account)";
    /** What the stand-in of the bucket key's aliases stands for, in {@link #standIns()}: policy JSON files do not give them. */
    public static final String KEY_ALIASES = "aws_kms_alias (bucket key)";

    /**
     * The bundle key of the words for what a stand-in of the grant's own stands for; empty for a value the files
     * leave open (a Terraform expression), which is shown as it is written.
     */
    public Optional<String> standInTextKey(String what) {
        return switch (what) {
            case OWNER_ACCOUNT -> Optional.of("existing.check.cli.ownerAccount");
            case WRITER_ACCOUNT -> Optional.of("existing.check.cli.writerAccount");
            case KEY_ALIASES -> Optional.of("existing.check.cli.keyAliases");
            default -> Optional.empty();
        };
    }

    public ExistingGrant {
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(bucketSide, "bucketSide");
        Objects.requireNonNull(ownerAccount, "ownerAccount");
        Objects.requireNonNull(bucketPolicy, "bucketPolicy");
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
        Objects.requireNonNull(keyPolicy, "keyPolicy");
        keyAliases = List.copyOf(keyAliases);
        writers = List.copyOf(writers);
        prefixes = List.copyOf(prefixes);
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(partition, "partition");
        standIns = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(standIns));
        unread = List.copyOf(unread);
    }

    public String bucketArn() {
        return "arn:" + partition + ":s3:::" + bucketName;
    }
}
