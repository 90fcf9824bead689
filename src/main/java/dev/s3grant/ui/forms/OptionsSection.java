package dev.s3grant.ui.forms;

import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.WriterFiles;
import dev.s3grant.ui.i18n.UiText;

/** Choices that shape the output: principal style, guards, Terraform style, values and writer files. */
public final class OptionsSection extends FormSection {

    public OptionsSection(FormsViewModel forms, UiText text) {
        super("ui.section.options", text);
        addField(forms.principalStyle(), FieldControls.choice(forms.principalStyle(), PrincipalStyle.values(), text));
        addCheck(forms.orgGuard());
        addCheck(forms.confusedDeputyGuard());
        addField(forms.terraformStyle(), FieldControls.choice(forms.terraformStyle(), TerraformStyle.values(), text));
        addField(forms.terraformValues(), FieldControls.choice(forms.terraformValues(), TerraformValues.values(), text));
        addField(forms.writerFiles(), FieldControls.choice(forms.writerFiles(), WriterFiles.values(), text));
    }
}
