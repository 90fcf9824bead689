package dev.s3grant.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.diff.FileDiff;
import dev.s3grant.model.Language;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DiffViewTest {

    DiffView view;

    @Start
    void start(Stage stage) {
        view = new DiffView(DiffViewFixtures.result(), Language.EN);
        stage.setScene(new Scene(view, 1100, 700));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    ListView<DisplayRow> rows(FxRobot robot) {
        return (ListView<DisplayRow>) robot.lookup("#diff-rows").query();
    }

    @Test
    void theFirstChangeIsShownAndF7AndShiftF7MoveBetweenChangesAndOnIntoTheNextFile(FxRobot robot) {
        assertThat(rows(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(position(robot)).isEqualTo("Change 1 of 2");
        robot.clickOn("#diff-rows");

        robot.press(KeyCode.F7).release(KeyCode.F7);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows(robot).getSelectionModel().getSelectedIndex()).isEqualTo(9);
        assertThat(position(robot)).isEqualTo("Change 2 of 2");

        robot.press(KeyCode.SHIFT, KeyCode.F7).release(KeyCode.F7, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.press(KeyCode.F7).release(KeyCode.F7);
        robot.press(KeyCode.F7).release(KeyCode.F7);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().selectedFileProperty().get().path()).isEqualTo("variables.tf");
        assertThat(rows(robot).getSelectionModel().getSelectedIndex()).isZero();
        assertThat(position(robot)).isEqualTo("Change 1 of 1");
    }

    private String position(FxRobot robot) {
        return robot.lookup("#diff-position").queryAs(Label.class).getText();
    }

    @Test
    void bothSidesHaveEqualWidthAndTheChangedEndOfALongLineIsScrolledIntoViewWithinItsSide(FxRobot robot) {
        String start = "  description = \"" + "a grant that writes reports into the central bucket ".repeat(6);
        robot.interact(() -> view.show(dev.s3grant.diff.TerraformDiff.compareTexts("main.tf",
                "locals {\n" + start + "old\"\n}\n", "locals {\n" + start + "renamed\"\n}\n")));
        WaitForAsyncUtils.waitForFxEvents();

        List<Node> halves = List.copyOf(robot.lookup(".diff-old-half").queryAll());
        List<Node> newHalves = List.copyOf(robot.lookup(".diff-new-half").queryAll());
        assertThat(halves).isNotEmpty();
        for (int i = 0; i < halves.size(); i++) {
            assertThat(halves.get(i).getLayoutBounds().getWidth())
                    .isCloseTo(newHalves.get(i).getLayoutBounds().getWidth(), org.assertj.core.data.Offset.offset(1.0));
        }
        Label renamed = robot.lookup(".diff-changed-word").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains("renamed")).findFirst().orElseThrow();
        LineText line = (LineText) renamed.getParent().getParent();
        javafx.geometry.Bounds visible = line.localToScene(line.getLayoutBounds());
        javafx.geometry.Bounds word = renamed.localToScene(renamed.getLayoutBounds());
        assertThat(line.shift()).as("the line is shifted left").isPositive();
        assertThat(word.getMinX()).isGreaterThanOrEqualTo(visible.getMinX());
        assertThat(word.getMaxX()).isLessThanOrEqualTo(visible.getMaxX());
        Node number = ((javafx.scene.layout.HBox) line.getParent()).getChildren().get(0);
        assertThat(number.getStyleClass()).contains("diff-line-number");
        assertThat(line.getClip()).as("the text never draws over the line number").isNotNull();
        assertThat(visible.getMinX()).isGreaterThanOrEqualTo(number.localToScene(number.getLayoutBounds()).getMaxX() - 0.5);
    }

    @Test
    void changedWordsAndLinesCarryTheirStyleClasses(FxRobot robot) {
        List<String> changedWords = robot.lookup(".diff-changed-word").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();

        assertThat(changedWords).contains("bucket_name", "central_bucket");
        assertThat(robot.lookup(".diff-removed").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".diff-added").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".diff-line-number").queryAllAs(Label.class)).extracting(Label::getText).contains("14");
    }

    @Test
    void clickingAFoldedRegionShowsItsLines(FxRobot robot) {
        Node folded = robot.lookup(".diff-collapsed").query();
        assertThat(((Label) folded).getText()).isEqualTo("\u22ef 5 unchanged lines (click to show)");

        robot.clickOn(folded);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows(robot).getItems()).hasSize(15);
        assertThat(robot.lookup(".diff-collapsed").queryAll()).isEmpty();
    }

    @Test
    void theUnifiedToggleShowsOneColumn(FxRobot robot) {
        robot.clickOn("#diff-unified");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows(robot).getItems()).allMatch(r -> !(r instanceof DisplayRow.Pair));
        assertThat(rows(robot).getItems()).hasSize(13);
    }

    @Test
    void theSummaryShowsBlocksAndIgnoringFormattingHidesTheFormattingOnlyOnes(FxRobot robot) {
        List<String> before = robot.lookup("#diff-summary").queryAs(SemanticSummaryView.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(before).containsExactly(
                "~ resource.aws_s3_bucket.main: changed",
                "bucket: changed",
                "~ variable.bucket_name: formatting only");

        robot.clickOn("#diff-ignore-formatting");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> after = robot.lookup("#diff-summary").queryAs(SemanticSummaryView.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(after).containsExactly("~ resource.aws_s3_bucket.main: changed", "bucket: changed");
    }

    @Test
    void filesOnOneSideOnlyAreListedAndMarked(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<FileDiff> files = (ListView<FileDiff>) robot.lookup("#diff-files").query();

        assertThat(files.getItems()).extracting(FileDiff::path).containsExactly("main.tf", "variables.tf");
        javafx.scene.control.ListCell<?> oneSided = robot.from(files).lookup(".diff-one-sided")
                .queryAs(javafx.scene.control.ListCell.class);
        assertThat(oneSided.getText()).isEqualTo("+ variables.tf");
        assertThat(oneSided.getTooltip().getText()).isEqualTo("variables.tf\nonly on the new side");
    }

    @Test
    void aPathLongerThanTheListIsCutAtItsStartSoTheFileNameStaysAndTheTooltipHoldsItAll(FxRobot robot) {
        String longPath = "writers/production-eu-central-ingest-team-with-a-long-alias/account_production-eu-central-ingest.tf";
        WaitForAsyncUtils.asyncFx(() -> view.show(dev.s3grant.diff.TerraformDiff.compare(
                java.util.Map.of(longPath, new dev.s3grant.diff.SourceFile("old/" + longPath, DiffViewFixtures.OLD)),
                java.util.Map.of(longPath, new dev.s3grant.diff.SourceFile("new/" + longPath, DiffViewFixtures.NEW)))));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<FileDiff> files = (ListView<FileDiff>) robot.lookup("#diff-files").query();
        javafx.scene.control.ListCell<?> cell = robot.from(files).lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null).queryAs(javafx.scene.control.ListCell.class);

        javafx.scene.text.Text shown = robot.from(cell).lookup(".text").queryAs(javafx.scene.text.Text.class);
        assertThat(shown.getText()).as("cut at its start, its end kept").startsWith("\u2026").endsWith("-eu-central-ingest.tf");
        assertThat(cell.getTooltip().getText()).isEqualTo(longPath);
    }
}
