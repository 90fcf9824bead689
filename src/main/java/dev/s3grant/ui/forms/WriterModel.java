package dev.s3grant.ui.forms;

import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The fields of one writer, by its index in the design's writer list. */
public final class WriterModel {

    private final int index;
    private final FieldModel<String> alias;
    private final FieldModel<String> accountId;
    private final FieldModel<String> roleName;
    private final FieldModel<String> rolePath;
    private final FieldModel<String> terraformProvider;
    private final FieldModel<Boolean> abortMultipart;
    private final FieldModel<Boolean> tagging;
    private final FieldModel<PrincipalMode> principalMode;
    private final ServiceChecklistModel services;
    private final MarkHolder mark;

    WriterModel(int index, Design initial, DesignEditor editor) {
        this.index = index;
        this.alias = field(DesignField.WRITER_ALIAS, "ui.field.writer.alias", "ui.field.writer.alias.tip", initial, editor, Writer::alias, Writer::withAlias).required();
        this.accountId = field(DesignField.WRITER_ACCOUNT_ID, "ui.field.writer.accountId", "ui.field.writer.accountId.tip", initial, editor, Writer::accountId, Writer::withAccountId).required();
        this.roleName = field(DesignField.WRITER_ROLE_NAME, "ui.field.writer.roleName", "ui.field.writer.roleName.tip", initial, editor, Writer::roleName, Writer::withRoleName).required();
        this.rolePath = field(DesignField.WRITER_ROLE_PATH, "ui.field.writer.rolePath", "ui.field.writer.rolePath.tip", initial, editor, Writer::rolePath, Writer::withRolePath);
        this.terraformProvider = field(DesignField.WRITER_PROVIDER, "ui.field.writer.provider", "ui.field.writer.provider.tip", initial, editor,
                Writer::terraformProvider, Writer::withTerraformProvider);
        this.abortMultipart = field(DesignField.WRITER_ABORT_MULTIPART, "ui.field.writer.abortMultipart", "ui.field.writer.abortMultipart.tip", initial, editor,
                Writer::allowAbortMultipartUpload, Writer::withAllowAbortMultipartUpload);
        this.tagging = field(DesignField.WRITER_TAGGING, "ui.field.writer.tagging", "ui.field.writer.tagging.tip", initial, editor,
                Writer::allowPutObjectTagging, Writer::withAllowPutObjectTagging);
        this.principalMode = field(DesignField.PRINCIPAL_MODE, "ui.field.writer.principals", "ui.field.writer.principals.tip", initial, editor,
                w -> w.principals().mode(), ServiceChecklistModel::withMode);
        this.services = new ServiceChecklistModel(index, initial, editor);
        this.mark = new MarkHolder(DesignField.WRITERS.path(index), null);
    }

    private <T> FieldModel<T> field(DesignField field, String key, String tip, Design initial, DesignEditor editor,
                                    Function<Writer, T> read, BiFunction<Writer, T, Writer> write) {
        return FieldModel.of(field.path(index), key, tip, initial, editor,
                d -> {
                    Writer w = ServiceChecklistModel.writer(d, index);
                    return w == null ? null : read.apply(w);
                },
                (d, v) -> DesignEdits.withWriter(d, index, w -> write.apply(w, v)));
    }

    public int index() {
        return index;
    }

    public FieldModel<String> alias() {
        return alias;
    }

    public FieldModel<String> accountId() {
        return accountId;
    }

    public FieldModel<String> roleName() {
        return roleName;
    }

    public FieldModel<String> rolePath() {
        return rolePath;
    }

    public FieldModel<String> terraformProvider() {
        return terraformProvider;
    }

    public FieldModel<Boolean> abortMultipart() {
        return abortMultipart;
    }

    public FieldModel<Boolean> tagging() {
        return tagging;
    }

    public FieldModel<PrincipalMode> principalMode() {
        return principalMode;
    }

    public ServiceChecklistModel services() {
        return services;
    }

    /** Findings about the writer as a whole (for example two writers with the same role). */
    public MarkHolder mark() {
        return mark;
    }

    List<FieldModel<?>> fields() {
        return List.of(alias, accountId, roleName, rolePath, terraformProvider, abortMultipart, tagging,
                principalMode, services.custom());
    }

    List<Markable> markables() {
        List<Markable> all = new ArrayList<>(List.of(alias, accountId, roleName, rolePath, terraformProvider,
                abortMultipart, tagging, principalMode));
        all.addAll(services.markables());
        all.add(mark);
        return all;
    }

    void refresh(Design d, String origin) {
        for (FieldModel<?> f : List.of(alias, accountId, roleName, rolePath, terraformProvider, abortMultipart,
                tagging, principalMode)) {
            if (!f.path().equals(origin)) {
                f.refresh(d);
            }
        }
        services.refresh(d, origin);
    }
}
