package dev.s3grant.ui.forms;

import dev.s3grant.ui.i18n.UiText;

/** The account that owns the bucket: alias, account ID, Terraform provider reference. */
public final class BucketOwnerSection extends FormSection {

    public BucketOwnerSection(FormsViewModel forms, UiText text) {
        super("ui.section.owner", text);
        addField(forms.ownerAlias(), FieldControls.textField(forms.ownerAlias()));
        addField(forms.ownerAccountId(), FieldControls.textField(forms.ownerAccountId()));
        addField(forms.ownerProvider(), FieldControls.textField(forms.ownerProvider()));
    }
}
