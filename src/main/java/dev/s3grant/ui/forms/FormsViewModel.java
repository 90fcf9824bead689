package dev.s3grant.ui.forms;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location;
import dev.s3grant.analysis.Location.AccessRowLocation;
import dev.s3grant.analysis.Location.FieldLocation;
import dev.s3grant.analysis.Location.FileElementLocation;
import dev.s3grant.analysis.Location.FileLocation;
import dev.s3grant.model.Bucket;
import dev.s3grant.model.BucketOwner;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.Options;
import dev.s3grant.model.Partition;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.WriterFiles;
import dev.s3grant.ui.i18n.Trail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every field of the design forms, grouped by section. It refreshes values when the design is
 * replaced (open, new, undo), rebuilds the writer and prefix rows when their number changes, and
 * puts each finding on the field that shows its location.
 */
public final class FormsViewModel {

    public static final String WRITERS_PATH = DesignField.WRITERS.path();
    /** The origin of the edits that add a writer (Add writer, Duplicate). */
    public static final String ADD_WRITER = "writers+";
    /** The origin of the edit that removes a writer. */
    public static final String REMOVE_WRITER = "writers-";

    private static final Pattern SERVICE = Pattern.compile("^writers\\[(\\d+)\\]\\.principals\\.services\\[(\\d+)\\]$");

    private final DesignEditor editor;
    /** The design the fields show now. */
    private Design current;
    /** The field that shows each design path, for {@link #current}; null until asked for. */
    private Map<String, Markable> shownFields;

    // Organization
    private final FieldModel<String> name;
    private final FieldModel<String> organizationId;
    private final FieldModel<Partition> partition;
    private final FieldModel<String> region;
    // Bucket owner
    private final FieldModel<String> ownerAlias;
    private final FieldModel<String> ownerAccountId;
    private final FieldModel<String> ownerProvider;
    // Bucket
    private final FieldModel<String> bucketName;
    private final FieldModel<Boolean> bucketManage;
    private final PrefixListModel prefixes;
    private final FieldModel<ObjectOwnership> objectOwnership;
    private final FieldModel<Boolean> manageOwnershipControls;
    private final FieldModel<Boolean> blockPublicAccess;
    private final FieldModel<Boolean> denyInsecureTransport;
    private final FieldModel<EncryptionType> encryptionType;
    private final FieldModel<String> kmsKeyArn;
    private final FieldModel<Boolean> manageKey;
    private final FieldModel<Boolean> bucketKey;
    private final ExistingPolicyModel existingBucketPolicy;
    private final ExistingPolicyModel existingKeyPolicy;
    // Writers
    private final ObservableList<WriterModel> writers = FXCollections.observableArrayList();
    private final ObservableList<WriterModel> readOnlyWriters = FXCollections.unmodifiableObservableList(writers);
    private final MarkHolder writersMark = new MarkHolder(WRITERS_PATH, "ui.section.writers");
    // Options
    private final FieldModel<PrincipalStyle> principalStyle;
    private final FieldModel<Boolean> orgGuard;
    private final FieldModel<Boolean> confusedDeputyGuard;
    private final FieldModel<TerraformStyle> terraformStyle;
    private final FieldModel<TerraformValues> terraformValues;
    private final FieldModel<WriterFiles> writerFiles;
    private final FieldModel<String> writerOrgPath;

    public FormsViewModel(Design initial, DesignEditor editor) {
        this.editor = editor;
        this.current = initial;
        Design d = initial;
        name = FieldModel.of(DesignField.NAME.path(),
                "ui.field.name", "ui.field.name.tip", d, editor,
                Design::name, Design::withName);
        organizationId = FieldModel.of(DesignField.ORGANIZATION_ID.path(),
                "ui.field.organizationId", "ui.field.organizationId.tip", d, editor,
                Design::organizationId, Design::withOrganizationId);
        partition = FieldModel.of(DesignField.PARTITION.path(),
                "ui.field.partition", "ui.field.partition.tip", d, editor,
                Design::partition, Design::withPartition);
        region = FieldModel.of(DesignField.REGION.path(),
                "ui.field.region", "ui.field.region.tip", d, editor,
                Design::region, Design::withRegion).required();

        ownerAlias = owner(DesignField.OWNER_ALIAS,
                "ui.field.owner.alias", "ui.field.owner.alias.tip", d,
                BucketOwner::alias, BucketOwner::withAlias);
        ownerAccountId = owner(DesignField.OWNER_ACCOUNT_ID,
                "ui.field.owner.accountId", "ui.field.owner.accountId.tip", d,
                BucketOwner::accountId, BucketOwner::withAccountId).required();
        ownerProvider = owner(DesignField.OWNER_PROVIDER,
                "ui.field.owner.provider", "ui.field.owner.provider.tip", d,
                BucketOwner::terraformProvider, BucketOwner::withTerraformProvider);

        bucketName = bucket(DesignField.BUCKET_NAME,
                "ui.field.bucket.name", "ui.field.bucket.name.tip", d,
                Bucket::name, Bucket::withName).required();
        bucketManage = bucket(DesignField.BUCKET_MANAGE,
                "ui.field.bucket.manage", "ui.field.bucket.manage.tip", d,
                Bucket::manage, Bucket::withManage);
        prefixes = new PrefixListModel(d, editor);
        objectOwnership = bucket(DesignField.OBJECT_OWNERSHIP,
                "ui.field.bucket.objectOwnership", "ui.field.bucket.objectOwnership.tip", d,
                Bucket::objectOwnership, Bucket::withObjectOwnership);
        manageOwnershipControls = bucket(DesignField.MANAGE_OWNERSHIP_CONTROLS,
                "ui.field.bucket.manageOwnershipControls", "ui.field.bucket.manageOwnershipControls.tip", d,
                Bucket::manageOwnershipControls, Bucket::withManageOwnershipControls);
        blockPublicAccess = bucket(DesignField.BLOCK_PUBLIC_ACCESS,
                "ui.field.bucket.blockPublicAccess", "ui.field.bucket.blockPublicAccess.tip", d,
                Bucket::blockPublicAccess, Bucket::withBlockPublicAccess);
        denyInsecureTransport = bucket(DesignField.DENY_INSECURE_TRANSPORT,
                "ui.field.bucket.tlsOnly", "ui.field.bucket.tlsOnly.tip", d,
                Bucket::denyInsecureTransport, Bucket::withDenyInsecureTransport);
        encryptionType = encryption(DesignField.ENCRYPTION_TYPE,
                "ui.field.encryption.type", "ui.field.encryption.type.tip", d,
                Encryption::type, Encryption::withType);
        kmsKeyArn = encryption(DesignField.KMS_KEY_ARN,
                "ui.field.encryption.kmsKeyArn", "ui.field.encryption.kmsKeyArn.tip", d,
                Encryption::kmsKeyArn, Encryption::withKmsKeyArn);
        manageKey = encryption(DesignField.MANAGE_KEY,
                "ui.field.encryption.manageKey", "ui.field.encryption.manageKey.tip", d,
                Encryption::manageKey, Encryption::withManageKey);
        bucketKey = encryption(DesignField.BUCKET_KEY,
                "ui.field.encryption.bucketKey", "ui.field.encryption.bucketKey.tip", d,
                Encryption::bucketKey, Encryption::withBucketKey);
        existingBucketPolicy = ExistingPolicyModel.bucket(d, editor);
        existingKeyPolicy = ExistingPolicyModel.key(d, editor);

        principalStyle = option(DesignField.PRINCIPAL_STYLE,
                "ui.field.options.principalStyle", "ui.field.options.principalStyle.tip", d,
                Options::principalStyle, Options::withPrincipalStyle);
        orgGuard = option(DesignField.ORG_GUARD,
                "ui.field.options.orgGuard", "ui.field.options.orgGuard.tip", d,
                Options::orgGuard, Options::withOrgGuard);
        confusedDeputyGuard = option(DesignField.CONFUSED_DEPUTY_GUARD,
                "ui.field.options.confusedDeputyGuard", "ui.field.options.confusedDeputyGuard.tip", d,
                Options::confusedDeputyGuard, Options::withConfusedDeputyGuard);
        terraformStyle = option(DesignField.TERRAFORM_STYLE,
                "ui.field.options.terraformStyle", "ui.field.options.terraformStyle.tip", d,
                Options::terraformStyle, Options::withTerraformStyle);
        terraformValues = option(DesignField.TERRAFORM_VALUES,
                "ui.field.options.terraformValues", "ui.field.options.terraformValues.tip", d,
                Options::terraformValues, Options::withTerraformValues);
        writerFiles = option(DesignField.WRITER_FILES,
                "ui.field.options.writerFiles", "ui.field.options.writerFiles.tip", d,
                Options::writerFiles, Options::withWriterFiles);
        writerOrgPath = option(DesignField.WRITER_ORG_PATH,
                "ui.field.options.writerOrgPath", "ui.field.options.writerOrgPath.tip", d,
                Options::writerOrgPath, Options::withWriterOrgPath);
        rebuildWriters(d);
    }

    private <T> FieldModel<T> owner(DesignField field, String key, String tip, Design d, Function<BucketOwner, T> read,
                                    BiFunction<BucketOwner, T, BucketOwner> write) {
        return FieldModel.of(field.path(), key, tip, d, editor, x -> read.apply(x.bucketOwner()),
                (x, v) -> x.withBucketOwner(write.apply(x.bucketOwner(), v)));
    }

    private <T> FieldModel<T> bucket(DesignField field, String key, String tip, Design d, Function<Bucket, T> read,
                                     BiFunction<Bucket, T, Bucket> write) {
        return FieldModel.of(field.path(), key, tip, d, editor, x -> read.apply(x.bucket()),
                (x, v) -> x.withBucket(write.apply(x.bucket(), v)));
    }

    private <T> FieldModel<T> encryption(DesignField field, String key, String tip, Design d, Function<Encryption, T> read,
                                         BiFunction<Encryption, T, Encryption> write) {
        return FieldModel.of(field.path(), key, tip, d, editor,
                x -> read.apply(x.bucket().encryption()),
                (x, v) -> x.withBucket(x.bucket().withEncryption(write.apply(x.bucket().encryption(), v))));
    }

    private <T> FieldModel<T> option(DesignField field, String key, String tip, Design d, Function<Options, T> read,
                                     BiFunction<Options, T, Options> write) {
        return FieldModel.of(field.path(), key, tip, d, editor, x -> read.apply(x.options()),
                (x, v) -> x.withOptions(write.apply(x.options(), v)));
    }

    // ---- commands

    public void addWriter() {
        editor.edit(ADD_WRITER, DesignEdits::addWriter);
    }

    public void duplicateWriter(int index) {
        editor.edit(ADD_WRITER, d -> DesignEdits.duplicateWriter(d, index));
    }

    public void removeWriter(int index) {
        editor.edit(REMOVE_WRITER, d -> DesignEdits.removeWriter(d, index));
    }

    // ---- synchronisation with the design

    /** Shows {@code design}: every field but the one named {@code origin} (being typed in) takes its value. */
    public void refresh(Design design, String origin) {
        current = design;
        shownFields = null;
        for (FieldModel<?> f : fixedFields()) {
            if (!f.path().equals(origin)) {
                f.refresh(design);
            }
        }
        prefixes.refresh(design, origin);
        existingBucketPolicy.refresh(design);
        existingKeyPolicy.refresh(design);
        if (design.writers().size() != writers.size()) {
            rebuildWriters(design);
        } else {
            for (WriterModel w : writers) {
                w.refresh(design, origin);
            }
        }
    }

    private void rebuildWriters(Design d) {
        List<WriterModel> fresh = new ArrayList<>();
        for (int i = 0; i < d.writers().size(); i++) {
            fresh.add(new WriterModel(i, d, editor));
        }
        writers.setAll(fresh);
        shownFields = null;
    }

    /** Puts each finding on the field that shows its location; the most severe finding wins. */
    public void mark(List<Finding> findings) {
        Map<String, Markable> byPath = byPath();
        Map<Markable, FieldMark> marks = new HashMap<>();
        for (Finding f : findings.stream().sorted(Comparator.comparing(Finding::severity)).toList()) {
            fieldPath(f.location()).flatMap(path -> target(byPath, shownPath(path)))
                    .ifPresent(m -> marks.putIfAbsent(m, new FieldMark(f.severity(), f.code(), f.message())));
        }
        for (Markable m : markables()) {
            m.setFindingMark(marks.get(m));
        }
    }

    /** The design path of a field location; the other locations are in the preview or the access check. */
    private static Optional<String> fieldPath(Location location) {
        return location.match(new Location.Cases<>() {
            @Override
            public Optional<String> field(FieldLocation field) {
                return Optional.of(field.path());
            }

            @Override
            public Optional<String> fileElement(FileElementLocation element) {
                return Optional.empty();
            }

            @Override
            public Optional<String> file(FileLocation file) {
                return Optional.empty();
            }

            @Override
            public Optional<String> accessRow(AccessRowLocation row) {
                return Optional.empty();
            }
        });
    }

    /** The design path of the field that shows the design path {@code fieldPath}, if a field shows it. */
    public Optional<String> fieldFor(String fieldPath) {
        Map<String, Markable> byPath = byPath();
        return target(byPath, shownPath(fieldPath)).map(Markable::path);
    }

    /** Where {@code fieldPath} is in the forms' own words: {@code Writer A2 › Role name}. */
    public Trail trail(String fieldPath) {
        Map<String, Markable> byPath = byPath();
        return FieldTrails.of(fieldPath, target(byPath, shownPath(fieldPath)), current, writers);
    }

    /**
     * The path of the place that shows {@code fieldPath}: the j-th service of a writer's list is
     * shown by its check box (or the custom field), so it lands there rather than on the whole list.
     */
    private String shownPath(String fieldPath) {
        Matcher service = SERVICE.matcher(fieldPath);
        if (service.matches()) {
            int writer = Integer.parseInt(service.group(1));
            if (writer < writers.size()) {
                return writers.get(writer).services().shownPathOf(Integer.parseInt(service.group(2)), current);
            }
        }
        return fieldPath;
    }

    /** The path itself, or its nearest parent path a field shows. */
    private static Optional<Markable> target(Map<String, Markable> byPath, String fieldPath) {
        String path = fieldPath;
        while (!path.isEmpty()) {
            Markable m = byPath.get(path);
            if (m != null) {
                return Optional.of(m);
            }
            path = parent(path);
        }
        return Optional.empty();
    }

    static String parent(String path) {
        if (path.endsWith("]")) {
            int open = path.lastIndexOf('[');
            return open < 0 ? "" : path.substring(0, open);
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /**
     * The field that shows each design path (the first one, when two show the same), made once per
     * design: the findings table asks for the trail of every finding's location on each output, and
     * at hundreds of writers the fields number thousands.
     */
    private Map<String, Markable> byPath() {
        if (shownFields == null) {
            Map<String, Markable> byPath = new LinkedHashMap<>();
            for (Markable m : markables()) {
                byPath.putIfAbsent(m.path(), m);
            }
            shownFields = byPath;
        }
        return shownFields;
    }

    public List<Markable> markables() {
        List<Markable> all = new ArrayList<>(fixedFields());
        all.addAll(prefixes.markables());
        for (WriterModel w : writers) {
            all.addAll(w.markables());
        }
        all.add(writersMark);
        return all;
    }

    private List<FieldModel<?>> fixedFields() {
        return List.of(name, organizationId, partition, region, ownerAlias, ownerAccountId, ownerProvider,
                bucketName, bucketManage, objectOwnership, manageOwnershipControls, blockPublicAccess, denyInsecureTransport,
                encryptionType, kmsKeyArn, manageKey, bucketKey,
                principalStyle, writerOrgPath, orgGuard, confusedDeputyGuard, terraformStyle, terraformValues, writerFiles);
    }

    // ---- fields, by section

    public FieldModel<String> name() { return name; }
    public FieldModel<String> organizationId() { return organizationId; }
    public FieldModel<Partition> partition() { return partition; }
    public FieldModel<String> region() { return region; }
    public FieldModel<String> ownerAlias() { return ownerAlias; }
    public FieldModel<String> ownerAccountId() { return ownerAccountId; }
    public FieldModel<String> ownerProvider() { return ownerProvider; }
    public FieldModel<String> bucketName() { return bucketName; }
    public FieldModel<Boolean> bucketManage() { return bucketManage; }
    public PrefixListModel prefixes() { return prefixes; }
    public FieldModel<ObjectOwnership> objectOwnership() { return objectOwnership; }
    public FieldModel<Boolean> manageOwnershipControls() { return manageOwnershipControls; }
    public FieldModel<Boolean> blockPublicAccess() { return blockPublicAccess; }
    public FieldModel<Boolean> denyInsecureTransport() { return denyInsecureTransport; }
    public FieldModel<EncryptionType> encryptionType() { return encryptionType; }
    public FieldModel<String> kmsKeyArn() { return kmsKeyArn; }
    public FieldModel<Boolean> manageKey() { return manageKey; }
    public FieldModel<Boolean> bucketKey() { return bucketKey; }
    public ExistingPolicyModel existingBucketPolicy() { return existingBucketPolicy; }
    public ExistingPolicyModel existingKeyPolicy() { return existingKeyPolicy; }
    public ObservableList<WriterModel> writers() { return readOnlyWriters; }
    public MarkHolder writersMark() { return writersMark; }
    public FieldModel<PrincipalStyle> principalStyle() { return principalStyle; }
    public FieldModel<Boolean> orgGuard() { return orgGuard; }
    public FieldModel<Boolean> confusedDeputyGuard() { return confusedDeputyGuard; }
    public FieldModel<TerraformStyle> terraformStyle() { return terraformStyle; }
    public FieldModel<TerraformValues> terraformValues() { return terraformValues; }
    public FieldModel<WriterFiles> writerFiles() { return writerFiles; }
    public FieldModel<String> writerOrgPath() { return writerOrgPath; }
}
