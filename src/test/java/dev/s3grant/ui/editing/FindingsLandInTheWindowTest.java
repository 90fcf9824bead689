package dev.s3grant.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.findings.Rule;
import dev.s3grant.analysis.findings.RuleCatalog;
import dev.s3grant.analysis.findings.Validation;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.SameThreadBackgroundWork;
import dev.s3grant.ui.forms.Markable;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.preview.PreviewDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the catalogue, fired by its example design, gives findings the window can open:
 * each lands on a field of the forms, on a file (or an element of one) of the preview, or (the
 * access check's S3G-900) on a row of the access check. The adoption's findings (S3G-120 to S3G-122,
 * raised when Export adopts the compared folder) land on the generated resource they name.
 */
class FindingsLandInTheWindowTest {

    private final DesignerViewModel vm = new DesignerViewModel(DesignFiles.example(), new FacadeEvaluator(),
            new SameThreadBackgroundWork(), new UiText(Language.EN));

    @Test
    void everyRulesExampleFindingLandsOnAFormFieldAFileOfThePreviewOrAnAccessRow() {
        for (Rule rule : RuleCatalog.all()) {
            if (rule.code().equals("S3G-130")) {
                continue; // an acceptedFindings entry: the window has no form for them yet (decision 0036)
            }
            vm.replace(Validation.exampleWith(rule.example()));
            // The adoption's findings come from the export over a compared folder, not from the design alone.
            List<Finding> findings = Validation.isAdoptionRule(rule) ? Validation.findings(vm.design(), rule)
                    : vm.output().findings().stream().filter(f -> f.code().equals(rule.code())).toList();

            assertThat(findings).as("%s fires on its example", rule.code()).isNotEmpty();
            for (Finding f : findings) {
                Optional<Navigation> to = vm.navigationTo(f.location());
                assertThat(to).as("%s at %s", rule.code(), f.location()).isPresent();
                assertThat(landsInTheWindow(to.get())).as("%s at %s goes to %s", rule.code(), f.location(), to.get()).isTrue();
            }
        }
    }

    private boolean landsInTheWindow(Navigation to) {
        if (to instanceof Navigation.ToField field) {
            return vm.forms().markables().stream().map(Markable::path).anyMatch(field.fieldPath()::equals);
        }
        if (to instanceof Navigation.ToElement element) {
            return vm.output().documents().stream().map(d -> PreviewDocument.fileName(d.path()))
                    .anyMatch(element.ref().file()::equals);
        }
        if (to instanceof Navigation.ToAccessRow row) {
            return row.row() >= 0 && row.row() < vm.output().access().size();
        }
        return false;
    }
}
