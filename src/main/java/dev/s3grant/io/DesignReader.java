package dev.s3grant.io;

import dev.s3grant.model.Bucket;
import dev.s3grant.model.BucketOwner;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.Message;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.Options;
import dev.s3grant.model.Partition;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Principals;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a design from the JSON text of a design file (format version 1, see
 * {@code docs/decisions/0001-design-file-format.md}). Refuses syntax errors, wrong types, unknown
 * fields, missing required fields and unsupported versions with one positioned message; accepts
 * present-but-invalid values exactly as typed, for the findings to report.
 */
public final class DesignReader {

    private DesignReader() {
    }

    public static Design read(String text, String file) throws InputException {
        LocatedJson root;
        try {
            root = LocatedJsonParser.parse(text);
        } catch (LocatedJsonParser.SyntaxError e) {
            throw new InputException(new InputProblem(file, e.line, e.column, "",
                    Message.of("design.load.syntax", e.detail)));
        }
        JsonObjectReader r = JsonObjectReader.of(file, "", root, "formatVersion", "name", "partition", "region",
                "organizationId", "bucketOwner", "bucket", "writers", "options");
        int version = r.integer("formatVersion", Design.FORMAT_VERSION);
        if (version != Design.FORMAT_VERSION) {
            throw r.problem(r.optional("formatVersion"), "formatVersion",
                    Message.of("design.load.unsupportedVersion", version, Design.FORMAT_VERSION));
        }
        String name = r.string("name", DesignDefaults.UNNAMED_DESIGN_NAME);
        Partition partition = r.enumValue("partition", DesignDefaults.PARTITION, Partition::fromId,
                Arrays.stream(Partition.values()).map(Partition::id).toList());
        String region = r.string("region", DesignDefaults.REGION);
        String organizationId = r.string("organizationId", DesignDefaults.ORGANIZATION_ID);
        BucketOwner owner = bucketOwner(file, r);
        Bucket bucket = bucket(file, r);
        List<Writer> writers = writers(file, r);
        Options options = options(file, r);
        return new Design(version, name, partition, region, organizationId, owner, bucket, writers, options);
    }

    private static BucketOwner bucketOwner(String file, JsonObjectReader parent) throws InputException {
        JsonObjectReader r = JsonObjectReader.of(file, "bucketOwner", parent.required("bucketOwner"),
                "alias", "accountId", "terraformProvider");
        return new BucketOwner(r.string("alias", DesignDefaults.OWNER_ALIAS), r.requiredString("accountId"),
                r.string("terraformProvider", DesignDefaults.TERRAFORM_PROVIDER));
    }

    private static Bucket bucket(String file, JsonObjectReader parent) throws InputException {
        JsonObjectReader r = JsonObjectReader.of(file, "bucket", parent.required("bucket"),
                "name", "manage", "keyPrefixes", "objectOwnership", "manageOwnershipControls", "blockPublicAccess",
                "denyInsecureTransport", "encryption");
        String name = r.requiredString("name");
        boolean manage = r.bool("manage", DesignDefaults.MANAGE_BUCKET);
        List<String> prefixes = r.strings("keyPrefixes");
        ObjectOwnership ownership = r.enumValue("objectOwnership", DesignDefaults.OBJECT_OWNERSHIP,
                ObjectOwnership::valueOf, names(ObjectOwnership.values()));
        boolean ownershipControls = r.bool("manageOwnershipControls", DesignDefaults.MANAGE_OWNERSHIP_CONTROLS);
        boolean bpa = r.bool("blockPublicAccess", DesignDefaults.BLOCK_PUBLIC_ACCESS);
        boolean tls = r.bool("denyInsecureTransport", DesignDefaults.DENY_INSECURE_TRANSPORT);
        Encryption encryption = Encryption.sseS3();
        if (r.has("encryption")) {
            JsonObjectReader e = JsonObjectReader.of(file, "bucket.encryption", r.required("encryption"),
                    "type", "kmsKeyArn", "manageKey", "bucketKey");
            encryption = new Encryption(
                    e.enumValue("type", DesignDefaults.ENCRYPTION_TYPE, EncryptionType::valueOf, names(EncryptionType.values())),
                    e.string("kmsKeyArn", ""),
                    e.bool("manageKey", DesignDefaults.MANAGE_KEY),
                    e.bool("bucketKey", DesignDefaults.BUCKET_KEY));
        }
        return new Bucket(name, manage, prefixes, ownership, bpa, tls, encryption, ownershipControls);
    }

    private static List<Writer> writers(String file, JsonObjectReader parent) throws InputException {
        LocatedJson value = parent.required("writers");
        if (!(value instanceof LocatedJson.JArray array)) {
            throw JsonObjectReader.wrongType(file, "writers", value, "array");
        }
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            String path = "writers[" + i + "]";
            JsonObjectReader r = JsonObjectReader.of(file, path, array.items().get(i), "alias", "accountId",
                    "roleName", "rolePath", "principals", "allowAbortMultipartUpload", "allowPutObjectTagging",
                    "terraformProvider");
            Principals principals = Principals.ecsOnly();
            if (r.has("principals")) {
                JsonObjectReader p = JsonObjectReader.of(file, path + ".principals", r.required("principals"),
                        "mode", "services");
                principals = new Principals(
                        p.enumValue("mode", DesignDefaults.PRINCIPAL_MODE, PrincipalMode::valueOf, names(PrincipalMode.values())),
                        p.strings("services"));
            }
            writers.add(new Writer(
                    r.string("alias", DesignDefaults.writerAlias(i)),
                    r.string("accountId", ""),
                    r.string("roleName", ""),
                    r.string("rolePath", DesignDefaults.ROLE_PATH),
                    principals,
                    r.bool("allowAbortMultipartUpload", DesignDefaults.ALLOW_ABORT_MULTIPART_UPLOAD),
                    r.bool("allowPutObjectTagging", DesignDefaults.ALLOW_PUT_OBJECT_TAGGING),
                    r.string("terraformProvider", DesignDefaults.TERRAFORM_PROVIDER)));
        }
        return writers;
    }

    private static Options options(String file, JsonObjectReader parent) throws InputException {
        Options defaults = Options.defaults();
        if (!parent.has("options")) {
            return defaults;
        }
        JsonObjectReader r = JsonObjectReader.of(file, "options", parent.required("options"),
                "principalStyle", "orgGuard", "confusedDeputyGuard", "terraformStyle", "terraformValues");
        return new Options(
                r.enumValue("principalStyle", defaults.principalStyle(), PrincipalStyle::valueOf, names(PrincipalStyle.values())),
                r.bool("orgGuard", defaults.orgGuard()),
                r.bool("confusedDeputyGuard", defaults.confusedDeputyGuard()),
                r.enumValue("terraformStyle", defaults.terraformStyle(), TerraformStyle::valueOf, names(TerraformStyle.values())),
                r.enumValue("terraformValues", defaults.terraformValues(), TerraformValues::valueOf, names(TerraformValues.values())));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
