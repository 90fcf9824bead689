package dev.s3grant.model;

import java.util.Arrays;
import java.util.List;

/**
 * The fields of a design file, each once: its JSON name and its path. The reader and the writer
 * of design files take the names from here, the findings and the forms the paths. A field inside
 * an array takes one index per array on its way ({@code writers[0].accountId},
 * {@code writers[0].principals.services[1]}); constants are in the order of the design file.
 */
public enum DesignField {
    FORMAT_VERSION(null, "formatVersion"),
    NAME(null, "name"),
    PARTITION(null, "partition"),
    REGION(null, "region"),
    ORGANIZATION_ID(null, "organizationId"),
    BUCKET_OWNER(null, "bucketOwner"),
    OWNER_ALIAS(BUCKET_OWNER, "alias"),
    OWNER_ACCOUNT_ID(BUCKET_OWNER, "accountId"),
    OWNER_PROVIDER(BUCKET_OWNER, "terraformProvider"),
    BUCKET(null, "bucket"),
    BUCKET_NAME(BUCKET, "name"),
    BUCKET_MANAGE(BUCKET, "manage"),
    KEY_PREFIXES(BUCKET, "keyPrefixes", true),
    OBJECT_OWNERSHIP(BUCKET, "objectOwnership"),
    MANAGE_OWNERSHIP_CONTROLS(BUCKET, "manageOwnershipControls"),
    BLOCK_PUBLIC_ACCESS(BUCKET, "blockPublicAccess"),
    DENY_INSECURE_TRANSPORT(BUCKET, "denyInsecureTransport"),
    ENCRYPTION(BUCKET, "encryption"),
    ENCRYPTION_TYPE(ENCRYPTION, "type"),
    KMS_KEY_ARN(ENCRYPTION, "kmsKeyArn"),
    MANAGE_KEY(ENCRYPTION, "manageKey"),
    BUCKET_KEY(ENCRYPTION, "bucketKey"),
    WRITERS(null, "writers", true),
    WRITER_ALIAS(WRITERS, "alias"),
    WRITER_ACCOUNT_ID(WRITERS, "accountId"),
    WRITER_ROLE_NAME(WRITERS, "roleName"),
    WRITER_ROLE_PATH(WRITERS, "rolePath"),
    WRITER_PRINCIPALS(WRITERS, "principals"),
    PRINCIPAL_MODE(WRITER_PRINCIPALS, "mode"),
    SERVICES(WRITER_PRINCIPALS, "services", true),
    WRITER_ABORT_MULTIPART(WRITERS, "allowAbortMultipartUpload"),
    WRITER_TAGGING(WRITERS, "allowPutObjectTagging"),
    WRITER_PROVIDER(WRITERS, "terraformProvider"),
    OPTIONS(null, "options"),
    PRINCIPAL_STYLE(OPTIONS, "principalStyle"),
    ORG_GUARD(OPTIONS, "orgGuard"),
    CONFUSED_DEPUTY_GUARD(OPTIONS, "confusedDeputyGuard"),
    TERRAFORM_STYLE(OPTIONS, "terraformStyle"),
    TERRAFORM_VALUES(OPTIONS, "terraformValues"),
    WRITER_FILES(OPTIONS, "writerFiles"),
    WRITER_ORG_PATH(OPTIONS, "writerOrgPath"),
    EXISTING_POLICIES(null, "existingPolicies"),
    EXISTING_BUCKET_POLICY(EXISTING_POLICIES, "bucketPolicy"),
    EXISTING_KEY_POLICY(EXISTING_POLICIES, "keyPolicy"),
    ACCEPTED_FINDINGS(null, "acceptedFindings", true),
    ACCEPTED_CODE(ACCEPTED_FINDINGS, "code"),
    ACCEPTED_LOCATION(ACCEPTED_FINDINGS, "location"),
    ACCEPTED_REASON(ACCEPTED_FINDINGS, "reason");

    private final DesignField parent;
    private final String jsonName;
    private final boolean array;

    DesignField(DesignField parent, String jsonName) {
        this(parent, jsonName, false);
    }

    DesignField(DesignField parent, String jsonName, boolean array) {
        this.parent = parent;
        this.jsonName = jsonName;
        this.array = array;
    }

    /** The name of the field in its JSON object. */
    public String jsonName() {
        return jsonName;
    }

    /** True for a JSON array ({@code writers}, {@code bucket.keyPrefixes}, {@code writers[i].principals.services}). */
    public boolean isArray() {
        return array;
    }

    /**
     * The path of the field: one index for every array above it, in order from the top, and
     * optionally one more for an element of the field itself:
     * {@code WRITER_ACCOUNT_ID.path(0)} is {@code writers[0].accountId}, {@code KEY_PREFIXES.path(1)}
     * is {@code bucket.keyPrefixes[1]}, {@code SERVICES.path(0)} is {@code writers[0].principals.services}.
     */
    public String path(int... indexes) {
        int above = indexesNeeded();
        if (indexes.length < above || indexes.length > above + (array ? 1 : 0)) {
            throw new IllegalArgumentException(name() + " takes " + above + (array ? " or " + (above + 1) : "")
                    + " indexes: " + Arrays.toString(indexes));
        }
        StringBuilder path = new StringBuilder();
        append(path, indexes, 0);
        return path.toString();
    }

    /** Appends this field's path, consuming indexes from {@code next}; returns the next unused index. */
    private int append(StringBuilder path, int[] indexes, int next) {
        int i = parent == null ? next : parent.append(path, indexes, next);
        if (parent != null) {
            path.append('.');
        }
        path.append(jsonName);
        if (array && i < indexes.length) {
            path.append('[').append(indexes[i]).append(']');
            i++;
        }
        return i;
    }

    /** How many indexes the path needs: one per array above the field. */
    public int indexesNeeded() {
        int count = 0;
        for (DesignField f = parent; f != null; f = f.parent) {
            count += f.array ? 1 : 0;
        }
        return count;
    }

    /** The JSON names of the fields of {@code object} ({@code null}: the top level), in file order. */
    public static List<String> namesIn(DesignField object) {
        return Arrays.stream(values()).filter(f -> f.parent == object).map(DesignField::jsonName).toList();
    }
}
