package dev.s3grant.policy;

/** Stable, readable statement IDs. IAM allows only letters and digits in a Sid (docs/aws-rules.md#sids). */
public final class Sids {

    public static final String DENY_INSECURE_TRANSPORT = "DenyInsecureTransport";
    public static final String ALLOW_PUT_OBJECTS = "AllowPutObjects";
    public static final String ALLOW_USE_OF_KEY = "AllowUseOfBucketKmsKey";
    public static final String DENY_OTHER_KMS_KEYS = "DenyOtherKmsKeys";
    public static final String DENY_OTHER_ENCRYPTION = "DenyEncryptionOtherThanKms";
    public static final String ALLOW_SERVICE_BUCKET_ACTIONS = "AllowServiceBucketActions";
    public static final String ALLOW_SERVICE_OBJECT_ACTIONS = "AllowServiceObjectActions";
    public static final String ENABLE_KEY_ADMINISTRATION = "EnableIamPoliciesOfOwnerAccount";
    public static final String TRUST_UNGUARDED_SERVICES = "TrustServicesWithoutSourceKeys";
    public static final String TRUST_SERVICES = "TrustServices";

    /** The Sids the designer writes into bucket and key policies that take no writer alias. */
    private static final java.util.Set<String> FIXED = java.util.Set.of(DENY_INSECURE_TRANSPORT,
            DENY_OTHER_KMS_KEYS, DENY_OTHER_ENCRYPTION, ENABLE_KEY_ADMINISTRATION);
    /** The beginnings of the Sids the designer writes per writer, followed by the writer's alias. */
    private static final java.util.List<String> PER_WRITER = java.util.List.of("AllowPutFrom", "AllowUploadCleanupFrom",
            "AllowServiceBucketActionsFrom", "AllowServiceObjectActionsFrom", "AllowKeyUseFrom");

    private Sids() {
    }

    /**
     * True for a Sid of the designer's bucket and key policies, whatever the writer's alias: a
     * statement of an existing policy with such a Sid was written by an earlier merge, and the merge
     * replaces it (docs/decisions/0029-merge-into-existing-policies.md).
     */
    public static boolean isDesigners(String sid) {
        return FIXED.contains(sid) || PER_WRITER.stream().anyMatch(p -> sid.length() > p.length() && sid.startsWith(p));
    }

    public static String allowPutFrom(String alias) {
        return "AllowPutFrom" + alnum(alias);
    }

    public static String allowUploadCleanupFrom(String alias) {
        return "AllowUploadCleanupFrom" + alnum(alias);
    }

    /** The bucket-level actions a writer's service documents (Firehose), in the bucket policy. */
    public static String allowServiceBucketActionsFrom(String alias) {
        return "AllowServiceBucketActionsFrom" + alnum(alias);
    }

    /** The further object actions a writer's service documents (Firehose), in the bucket policy. */
    public static String allowServiceObjectActionsFrom(String alias) {
        return "AllowServiceObjectActionsFrom" + alnum(alias);
    }

    /** The put statement of a group of writers that share a role (the shared-role style). */
    public static String allowPutFromGroup(SharedRoleGroup group) {
        return "AllowPutFrom" + group.sidSuffix();
    }

    /** The upload-cleanup statement of a group of writers that share a role, with ACLs enabled. */
    public static String allowUploadCleanupFromGroup(SharedRoleGroup group) {
        return "AllowUploadCleanupFrom" + group.sidSuffix();
    }

    /** The key policy statement of a group of writers that share a role. */
    public static String allowKeyUseFromGroup(SharedRoleGroup group) {
        return "AllowKeyUseFrom" + group.sidSuffix();
    }

    public static String allowKeyUseFrom(String alias) {
        return "AllowKeyUseFrom" + alnum(alias);
    }

    /** {@code TrustEcs}, {@code TrustStates}: the catalogue key with its first letter in upper case. */
    public static String trust(String catalogueKey) {
        String k = alnum(catalogueKey);
        return "Trust" + (k.isEmpty() ? "" : Character.toUpperCase(k.charAt(0)) + k.substring(1));
    }

    static String alnum(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> c < 128 && Character.isLetterOrDigit(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
