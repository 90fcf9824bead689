package dev.s3grant.analysis.findings;

/** Design field paths, as findings name them: {@code writers[0].accountId}, {@code bucket.keyPrefixes[1]}. */
final class Locations {

    static final String REGION = "region";
    static final String PARTITION = "partition";
    static final String ORGANIZATION_ID = "organizationId";
    static final String WRITERS = "writers";
    static final String OWNER_ALIAS = "bucketOwner.alias";
    static final String OWNER_ACCOUNT_ID = "bucketOwner.accountId";
    static final String OWNER_PROVIDER = "bucketOwner.terraformProvider";
    static final String BUCKET_NAME = "bucket.name";
    static final String BUCKET_MANAGE = "bucket.manage";
    static final String KEY_PREFIXES = "bucket.keyPrefixes";
    static final String OBJECT_OWNERSHIP = "bucket.objectOwnership";
    static final String MANAGE_OWNERSHIP_CONTROLS = "bucket.manageOwnershipControls";
    static final String BLOCK_PUBLIC_ACCESS = "bucket.blockPublicAccess";
    static final String DENY_INSECURE_TRANSPORT = "bucket.denyInsecureTransport";
    static final String ENCRYPTION_TYPE = "bucket.encryption.type";
    static final String KMS_KEY_ARN = "bucket.encryption.kmsKeyArn";
    static final String ORG_GUARD = "options.orgGuard";
    static final String CONFUSED_DEPUTY_GUARD = "options.confusedDeputyGuard";
    static final String PRINCIPAL_STYLE = "options.principalStyle";

    private Locations() {
    }

    static String writer(int index, String field) {
        return WRITERS + "[" + index + "]." + field;
    }

    static String service(int writer, int service) {
        return writer(writer, "principals.services") + "[" + service + "]";
    }

    static String keyPrefix(int index) {
        return KEY_PREFIXES + "[" + index + "]";
    }
}
