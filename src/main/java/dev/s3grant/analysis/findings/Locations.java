package dev.s3grant.analysis.findings;

import dev.s3grant.analysis.Location.FieldLocation;

/** Design field paths, as findings name them: {@code writers[0].accountId}, {@code bucket.keyPrefixes[1]}. */
final class Locations {

    static final FieldLocation REGION = new FieldLocation("region");
    static final FieldLocation PARTITION = new FieldLocation("partition");
    static final FieldLocation ORGANIZATION_ID = new FieldLocation("organizationId");
    static final FieldLocation WRITERS = new FieldLocation("writers");
    static final FieldLocation OWNER_ALIAS = new FieldLocation("bucketOwner.alias");
    static final FieldLocation OWNER_ACCOUNT_ID = new FieldLocation("bucketOwner.accountId");
    static final FieldLocation OWNER_PROVIDER = new FieldLocation("bucketOwner.terraformProvider");
    static final FieldLocation BUCKET_NAME = new FieldLocation("bucket.name");
    static final FieldLocation BUCKET_MANAGE = new FieldLocation("bucket.manage");
    static final FieldLocation KEY_PREFIXES = new FieldLocation("bucket.keyPrefixes");
    static final FieldLocation OBJECT_OWNERSHIP = new FieldLocation("bucket.objectOwnership");
    static final FieldLocation MANAGE_OWNERSHIP_CONTROLS = new FieldLocation("bucket.manageOwnershipControls");
    static final FieldLocation BLOCK_PUBLIC_ACCESS = new FieldLocation("bucket.blockPublicAccess");
    static final FieldLocation DENY_INSECURE_TRANSPORT = new FieldLocation("bucket.denyInsecureTransport");
    static final FieldLocation ENCRYPTION_TYPE = new FieldLocation("bucket.encryption.type");
    static final FieldLocation KMS_KEY_ARN = new FieldLocation("bucket.encryption.kmsKeyArn");
    static final FieldLocation ORG_GUARD = new FieldLocation("options.orgGuard");
    static final FieldLocation CONFUSED_DEPUTY_GUARD = new FieldLocation("options.confusedDeputyGuard");
    static final FieldLocation PRINCIPAL_STYLE = new FieldLocation("options.principalStyle");

    private Locations() {
    }

    static FieldLocation writer(int index, String field) {
        return new FieldLocation(WRITERS.path() + "[" + index + "]." + field);
    }

    static FieldLocation service(int writer, int service) {
        return new FieldLocation(writer(writer, "principals.services").path() + "[" + service + "]");
    }

    static FieldLocation keyPrefix(int index) {
        return new FieldLocation(KEY_PREFIXES.path() + "[" + index + "]");
    }
}
