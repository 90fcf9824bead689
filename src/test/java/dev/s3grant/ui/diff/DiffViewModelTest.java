package dev.s3grant.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.diff.FileDiff;
import dev.s3grant.diff.SourceFile;
import dev.s3grant.diff.TerraformDiff;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiffViewModelTest {

    DiffViewModel model;

    @BeforeEach
    void showTheFixture() {
        model = new DiffViewModel();
        model.resultProperty().set(DiffViewFixtures.result());
    }

    static String describe(DisplayRow row) {
        if (row instanceof DisplayRow.Pair pair) {
            return pair.row().oldSide().number() + "|" + pair.row().newSide().number();
        }
        if (row instanceof DisplayRow.Unified line) {
            return line.marker() + "" + line.number();
        }
        return "folded " + ((DisplayRow.Collapsed) row).region().size();
    }

    @Test
    void unchangedRegionsAwayFromChangesAreFolded() {
        assertThat(model.selectedFileProperty().get().path()).isEqualTo("main.tf");
        assertThat(model.rows()).extracting(DiffViewModelTest::describe).containsExactly(
                "1|1", "2|2", "3|3", "4|4", "5|5", "folded 5", "11|11", "12|12", "13|13", "14|14", "15|15");
    }

    @Test
    void expandingAFoldedRegionShowsItsRows() {
        DisplayRow.Collapsed folded = (DisplayRow.Collapsed) model.rows().get(5);

        model.expand(folded.region());

        assertThat(model.rows()).hasSize(15).allMatch(r -> r instanceof DisplayRow.Pair);
    }

    @Test
    void aFileStartsAtItsFirstChangeAndNextAndPreviousStopAtTheStartOfEachChange() {
        assertThat(model.currentRowProperty().get()).isEqualTo(1);
        assertThat(model.changeNumberProperty().get()).isEqualTo(1);
        assertThat(model.changeCountProperty().get()).isEqualTo(2);
        model.nextChange();
        assertThat(model.currentRowProperty().get()).isEqualTo(9);
        assertThat(model.changeNumberProperty().get()).isEqualTo(2);
        model.previousChange();
        assertThat(model.currentRowProperty().get()).isEqualTo(1);
        assertThat(model.changeNumberProperty().get()).isEqualTo(1);
    }

    @Test
    void nextAtAFilesLastChangeGoesToTheNextFilesFirstAndPreviousComesBackToTheLast() {
        model.nextChange();

        model.nextChange();

        assertThat(model.selectedFileProperty().get().path()).isEqualTo("variables.tf");
        assertThat(model.currentRowProperty().get()).isZero();
        assertThat(model.changeNumberProperty().get()).isEqualTo(1);
        assertThat(model.changeCountProperty().get()).isEqualTo(1);
        model.nextChange();
        assertThat(model.selectedFileProperty().get().path()).as("the last change of the last file stays").isEqualTo("variables.tf");

        model.previousChange();

        assertThat(model.selectedFileProperty().get().path()).isEqualTo("main.tf");
        assertThat(model.currentRowProperty().get()).isEqualTo(9);
        assertThat(model.changeNumberProperty().get()).isEqualTo(2);
    }

    @Test
    void switchingFilesStartsAtTheFirstChangeAndANewResultKeepsTheChangeShown() {
        model.nextChange();
        model.selectedFileProperty().set(model.files().get(1));
        model.selectedFileProperty().set(model.files().get(0));
        assertThat(model.currentRowProperty().get()).isEqualTo(1);

        model.nextChange();
        model.resultProperty().set(DiffViewFixtures.result());

        assertThat(model.currentRowProperty().get()).isEqualTo(9);
        assertThat(model.changeNumberProperty().get()).isEqualTo(2);
    }

    @Test
    void theUnifiedViewPutsRemovedLinesBeforeAddedOnes() {
        model.unifiedProperty().set(true);

        assertThat(model.rows()).extracting(DiffViewModelTest::describe).containsExactly(
                " 1", "-2", "+2", " 3", " 4", " 5", "folded 5", " 11", " 12", " 13", "-14", "+14", " 15");
    }

    @Test
    void ignoringFormattingHidesFilesThatDifferOnlyInFormatting() {
        model.resultProperty().set(dev.s3grant.diff.TerraformDiff.compareTexts("main.tf",
                DiffViewFixtures.OLD, DiffViewFixtures.OLD.replace("  type = string", "  type    = string")));
        assertThat(model.files()).extracting(FileDiff::path).containsExactly("main.tf");

        model.ignoreFormattingProperty().set(true);

        assertThat(model.files()).isEmpty();
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void aNewResultOpensOnTheFirstFileThatChangedOnBothSidesNotOnAOneSidedOne() {
        DiffViewModel fresh = new DiffViewModel();
        fresh.resultProperty().set(TerraformDiff.compare(
                Map.of("b.tf", new SourceFile("old/b.tf", DiffViewFixtures.OLD)),
                Map.of("a.tf", new SourceFile("new/a.tf", "# only here\n"),
                        "b.tf", new SourceFile("new/b.tf", DiffViewFixtures.NEW))));

        assertThat(fresh.files()).extracting(FileDiff::path).containsExactly("a.tf", "b.tf");
        assertThat(fresh.selectedFileProperty().get().path()).isEqualTo("b.tf");
    }
}
