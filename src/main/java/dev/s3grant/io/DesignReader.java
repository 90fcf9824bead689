package dev.s3grant.io;

import dev.s3grant.model.AcceptedFinding;
import dev.s3grant.model.Bucket;
import dev.s3grant.model.BucketOwner;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.ExistingPolicies;
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
import dev.s3grant.model.WriterFiles;
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
        JsonObjectReader r = JsonObjectReader.of(file, "", root, fieldsOf(null));
        String versionField = DesignField.FORMAT_VERSION.jsonName();
        int version = r.integer(versionField, Design.FORMAT_VERSION);
        if (version < Design.FORMAT_VERSION || version > Design.NEWEST_FORMAT_VERSION) {
            throw r.problem(r.optional(versionField), versionField,
                    Message.of("design.load.unsupportedVersion", version, Design.NEWEST_FORMAT_VERSION));
        }
        String name = r.string(DesignField.NAME.jsonName(), DesignDefaults.UNNAMED_DESIGN_NAME);
        Partition partition = r.enumValue(DesignField.PARTITION.jsonName(), DesignDefaults.PARTITION, Partition::fromId,
                Arrays.stream(Partition.values()).map(Partition::id).toList());
        String region = r.string(DesignField.REGION.jsonName(), DesignDefaults.REGION);
        String organizationId = r.string(DesignField.ORGANIZATION_ID.jsonName(), DesignDefaults.ORGANIZATION_ID);
        BucketOwner owner = bucketOwner(file, r);
        Bucket bucket = bucket(file, r);
        List<Writer> writers = writers(file, r);
        Options options = options(file, r);
        ExistingPolicies existing = existing(file, r);
        List<AcceptedFinding> accepted = acceptedFindings(file, r);
        return new Design(version, name, partition, region, organizationId, owner, bucket, writers, options, existing,
                accepted);
    }

    private static BucketOwner bucketOwner(String file, JsonObjectReader parent) throws InputException {
        JsonObjectReader r = object(file, DesignField.BUCKET_OWNER, parent);
        return new BucketOwner(r.string(DesignField.OWNER_ALIAS.jsonName(), DesignDefaults.OWNER_ALIAS),
                r.requiredString(DesignField.OWNER_ACCOUNT_ID.jsonName()),
                r.string(DesignField.OWNER_PROVIDER.jsonName(), DesignDefaults.TERRAFORM_PROVIDER));
    }

    private static Bucket bucket(String file, JsonObjectReader parent) throws InputException {
        JsonObjectReader r = object(file, DesignField.BUCKET, parent);
        String name = r.requiredString(DesignField.BUCKET_NAME.jsonName());
        boolean manage = r.bool(DesignField.BUCKET_MANAGE.jsonName(), DesignDefaults.MANAGE_BUCKET);
        List<String> prefixes = r.strings(DesignField.KEY_PREFIXES.jsonName());
        ObjectOwnership ownership = r.enumValue(DesignField.OBJECT_OWNERSHIP.jsonName(), DesignDefaults.OBJECT_OWNERSHIP,
                ObjectOwnership::valueOf, names(ObjectOwnership.values()));
        boolean ownershipControls = r.bool(DesignField.MANAGE_OWNERSHIP_CONTROLS.jsonName(),
                DesignDefaults.MANAGE_OWNERSHIP_CONTROLS);
        boolean bpa = r.bool(DesignField.BLOCK_PUBLIC_ACCESS.jsonName(), DesignDefaults.BLOCK_PUBLIC_ACCESS);
        boolean tls = r.bool(DesignField.DENY_INSECURE_TRANSPORT.jsonName(), DesignDefaults.DENY_INSECURE_TRANSPORT);
        Encryption encryption = Encryption.sseS3();
        if (r.has(DesignField.ENCRYPTION.jsonName())) {
            JsonObjectReader e = object(file, DesignField.ENCRYPTION, r);
            encryption = new Encryption(
                    e.enumValue(DesignField.ENCRYPTION_TYPE.jsonName(), DesignDefaults.ENCRYPTION_TYPE,
                            EncryptionType::valueOf, names(EncryptionType.values())),
                    e.string(DesignField.KMS_KEY_ARN.jsonName(), ""),
                    e.bool(DesignField.MANAGE_KEY.jsonName(), DesignDefaults.MANAGE_KEY),
                    e.bool(DesignField.BUCKET_KEY.jsonName(), DesignDefaults.BUCKET_KEY));
        }
        return new Bucket(name, manage, prefixes, ownership, bpa, tls, encryption, ownershipControls);
    }

    private static List<Writer> writers(String file, JsonObjectReader parent) throws InputException {
        LocatedJson value = parent.required(DesignField.WRITERS.jsonName());
        if (!(value instanceof LocatedJson.JArray array)) {
            throw JsonObjectReader.wrongType(file, DesignField.WRITERS.path(), value, "array");
        }
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            JsonObjectReader r = JsonObjectReader.of(file, DesignField.WRITERS.path(i), array.items().get(i),
                    fieldsOf(DesignField.WRITERS));
            Principals principals = Principals.ecsOnly();
            if (r.has(DesignField.WRITER_PRINCIPALS.jsonName())) {
                JsonObjectReader p = JsonObjectReader.of(file, DesignField.WRITER_PRINCIPALS.path(i),
                        r.required(DesignField.WRITER_PRINCIPALS.jsonName()), fieldsOf(DesignField.WRITER_PRINCIPALS));
                principals = new Principals(
                        p.enumValue(DesignField.PRINCIPAL_MODE.jsonName(), DesignDefaults.PRINCIPAL_MODE,
                                PrincipalMode::valueOf, names(PrincipalMode.values())),
                        p.strings(DesignField.SERVICES.jsonName()));
            }
            writers.add(new Writer(
                    r.string(DesignField.WRITER_ALIAS.jsonName(), DesignDefaults.writerAlias(i)),
                    r.string(DesignField.WRITER_ACCOUNT_ID.jsonName(), ""),
                    r.string(DesignField.WRITER_ROLE_NAME.jsonName(), ""),
                    r.string(DesignField.WRITER_ROLE_PATH.jsonName(), DesignDefaults.ROLE_PATH),
                    principals,
                    r.bool(DesignField.WRITER_ABORT_MULTIPART.jsonName(), DesignDefaults.ALLOW_ABORT_MULTIPART_UPLOAD),
                    r.bool(DesignField.WRITER_TAGGING.jsonName(), DesignDefaults.ALLOW_PUT_OBJECT_TAGGING),
                    r.string(DesignField.WRITER_PROVIDER.jsonName(), DesignDefaults.TERRAFORM_PROVIDER)));
        }
        return writers;
    }

    private static Options options(String file, JsonObjectReader parent) throws InputException {
        Options defaults = Options.defaults();
        if (!parent.has(DesignField.OPTIONS.jsonName())) {
            return defaults;
        }
        JsonObjectReader r = object(file, DesignField.OPTIONS, parent);
        return new Options(
                r.enumValue(DesignField.PRINCIPAL_STYLE.jsonName(), defaults.principalStyle(), PrincipalStyle::valueOf,
                        names(PrincipalStyle.values())),
                r.bool(DesignField.ORG_GUARD.jsonName(), defaults.orgGuard()),
                r.bool(DesignField.CONFUSED_DEPUTY_GUARD.jsonName(), defaults.confusedDeputyGuard()),
                r.enumValue(DesignField.TERRAFORM_STYLE.jsonName(), defaults.terraformStyle(), TerraformStyle::valueOf,
                        names(TerraformStyle.values())),
                r.enumValue(DesignField.TERRAFORM_VALUES.jsonName(), defaults.terraformValues(), TerraformValues::valueOf,
                        names(TerraformValues.values())),
                r.enumValue(DesignField.WRITER_FILES.jsonName(), defaults.writerFiles(), WriterFiles::valueOf,
                        names(WriterFiles.values())),
                r.string(DesignField.WRITER_ORG_PATH.jsonName(), defaults.writerOrgPath()));
    }

    /** The policies the bucket and its key have today, each kept as its canonical JSON text (format version 2). */
    private static ExistingPolicies existing(String file, JsonObjectReader parent) throws InputException {
        if (!parent.has(DesignField.EXISTING_POLICIES.jsonName())) {
            return ExistingPolicies.none();
        }
        JsonObjectReader r = object(file, DesignField.EXISTING_POLICIES, parent);
        return new ExistingPolicies(policy(file, r, DesignField.EXISTING_BUCKET_POLICY),
                policy(file, r, DesignField.EXISTING_KEY_POLICY));
    }

    /** The findings the design accepts, each with its code, location and reason (format version 3). */
    private static List<AcceptedFinding> acceptedFindings(String file, JsonObjectReader parent) throws InputException {
        if (!parent.has(DesignField.ACCEPTED_FINDINGS.jsonName())) {
            return List.of();
        }
        LocatedJson value = parent.required(DesignField.ACCEPTED_FINDINGS.jsonName());
        if (!(value instanceof LocatedJson.JArray array)) {
            throw JsonObjectReader.wrongType(file, DesignField.ACCEPTED_FINDINGS.path(), value, "array");
        }
        List<AcceptedFinding> accepted = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            JsonObjectReader r = JsonObjectReader.of(file, DesignField.ACCEPTED_FINDINGS.path(i), array.items().get(i),
                    fieldsOf(DesignField.ACCEPTED_FINDINGS));
            accepted.add(new AcceptedFinding(r.requiredString(DesignField.ACCEPTED_CODE.jsonName()),
                    r.requiredString(DesignField.ACCEPTED_LOCATION.jsonName()),
                    r.requiredString(DesignField.ACCEPTED_REASON.jsonName())));
        }
        return accepted;
    }

    private static String policy(String file, JsonObjectReader r, DesignField field) throws InputException {
        LocatedJson value = r.optional(field.jsonName());
        return value == null ? "" : ExistingPolicyReader.canonical(value, file, field.path() + ".");
    }

    /** The reader of an object field outside any array ({@code bucket}, {@code bucket.encryption}); it must be present. */
    private static JsonObjectReader object(String file, DesignField field, JsonObjectReader parent) throws InputException {
        return JsonObjectReader.of(file, field.path(), parent.required(field.jsonName()), fieldsOf(field));
    }

    /** The fields an object may have ({@code null}: the top level), in file order. */
    private static String[] fieldsOf(DesignField object) {
        return DesignField.namesIn(object).toArray(String[]::new);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
