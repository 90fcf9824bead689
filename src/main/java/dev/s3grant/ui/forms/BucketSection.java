package dev.s3grant.ui.forms;

import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.ui.i18n.EnumTexts;
import dev.s3grant.ui.i18n.UiText;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * The bucket: name, new or existing, key prefixes, ownership, public access, TLS and encryption.
 * Object Ownership stays editable for an existing bucket, whose setting the owner's file then sets
 * unless "set Object Ownership of the existing bucket" is cleared; that choice is enabled only for an
 * existing bucket (a new bucket always gets its ownership controls). The policies the bucket and an
 * existing key have today can be loaded or pasted: the generated ones are merged into them.
 */
public final class BucketSection extends FormSection {

    public BucketSection(FormsViewModel forms, UiText text) {
        super("ui.section.bucket", text);
        addField(forms.bucketName(), FieldControls.textField(forms.bucketName()));
        FlowPane manage = FieldControls.radios(forms.bucketManage(), List.of(true, false),
                v -> v ? "ui.field.bucket.manage.create" : "ui.field.bucket.manage.existing", text);
        manage.getChildren().forEach(n -> MarkDecoration.install(n, forms.bucketManage().tipKey(), text));
        addRow(forms.bucketManage().textKey(), forms.bucketManage().tipKey(), manage);
        addRow("ui.field.bucket.prefixes", "ui.field.bucket.prefixes.tip", new PrefixListEditor(forms.prefixes(), text));
        addField(forms.objectOwnership(), FieldControls.choice(forms.objectOwnership(), ObjectOwnership.values(), text));
        HBox ownershipControls = addCheck(forms.manageOwnershipControls());
        ownershipControls.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !Boolean.FALSE.equals(forms.bucketManage().getValue()), forms.bucketManage().valueProperty()));
        addCheck(forms.blockPublicAccess());
        addCheck(forms.denyInsecureTransport());
        addRow("ui.field.bucket.existingPolicy", "ui.field.bucket.existingPolicy.tip",
                new ExistingPolicyEditor(forms.existingBucketPolicy(), text));

        FlowPane type = FieldControls.radios(forms.encryptionType(), List.of(EncryptionType.values()), EnumTexts::key, text);
        type.getChildren().forEach(n -> MarkDecoration.install(n, forms.encryptionType().tipKey(), text));
        addRow(forms.encryptionType().textKey(), forms.encryptionType().tipKey(), type);
        BooleanBinding notKms = Bindings.createBooleanBinding(
                () -> forms.encryptionType().getValue() != EncryptionType.SSE_KMS, forms.encryptionType().valueProperty());
        FlowPane key = FieldControls.radios(forms.manageKey(), List.of(false, true),
                v -> v ? "ui.field.encryption.manageKey.create" : "ui.field.encryption.manageKey.existing", text);
        key.getChildren().forEach(n -> MarkDecoration.install(n, forms.manageKey().tipKey(), text));
        key.disableProperty().bind(notKms);
        addRow(forms.manageKey().textKey(), forms.manageKey().tipKey(), key);
        TextField arn = FieldControls.textField(forms.kmsKeyArn());
        arn.setPromptText("arn:aws:kms:REGION:ACCOUNT:key/…");
        HBox arnRow = addField(forms.kmsKeyArn(), arn);
        arnRow.disableProperty().bind(notKms.or(Bindings.createBooleanBinding(
                () -> Boolean.TRUE.equals(forms.manageKey().getValue()), forms.manageKey().valueProperty())));
        HBox bucketKey = addCheck(forms.bucketKey());
        bucketKey.disableProperty().bind(notKms);
        ExistingPolicyEditor keyPolicy = new ExistingPolicyEditor(forms.existingKeyPolicy(), text);
        keyPolicy.disableProperty().bind(arnRow.disableProperty());
        addRow("ui.field.encryption.existingKeyPolicy", "ui.field.encryption.existingKeyPolicy.tip", keyPolicy);
    }
}
