package dev.s3grant.ui.forms;

import dev.s3grant.model.Partition;
import dev.s3grant.ui.i18n.UiText;

/** The design's name and where it lives: organization ID, partition, region. */
public final class OrganizationSection extends FormSection {

    public OrganizationSection(FormsViewModel forms, UiText text) {
        super("ui.section.organization", text);
        addField(forms.name(), FieldControls.textField(forms.name()));
        addField(forms.organizationId(), FieldControls.textField(forms.organizationId()));
        addField(forms.partition(), FieldControls.choice(forms.partition(), Partition.values(), text));
        addField(forms.region(), FieldControls.textField(forms.region()));
    }
}
