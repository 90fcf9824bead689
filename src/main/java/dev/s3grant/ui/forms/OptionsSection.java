package dev.s3grant.ui.forms;

import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.WriterFiles;
import dev.s3grant.ui.i18n.UiText;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** Choices that shape the output: principal style (with the writers' OU for a shared role), guards, Terraform style, values and writer files. */
public final class OptionsSection extends FormSection {

    public OptionsSection(FormsViewModel forms, UiText text) {
        super("ui.section.options", text);
        addField(forms.principalStyle(), FieldControls.choice(forms.principalStyle(), PrincipalStyle.values(), text));
        TextField orgPath = FieldControls.textField(forms.writerOrgPath());
        orgPath.setPromptText("o-…/r-…/ou-…/");
        HBox orgPathRow = addField(forms.writerOrgPath(), orgPath);
        // The OU path belongs to the shared-role style only (decision 0052): shown with it, hidden otherwise.
        showOnlyWhen(orgPathRow, Bindings.createBooleanBinding(
                () -> forms.principalStyle().getValue() == PrincipalStyle.SHARED_ROLE, forms.principalStyle().valueProperty()));
        addCheck(forms.orgGuard());
        addCheck(forms.confusedDeputyGuard());
        addField(forms.terraformStyle(), FieldControls.choice(forms.terraformStyle(), TerraformStyle.values(), text));
        addField(forms.terraformValues(), FieldControls.choice(forms.terraformValues(), TerraformValues.values(), text));
        addField(forms.writerFiles(), FieldControls.choice(forms.writerFiles(), WriterFiles.values(), text));
    }
}
