package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.forms.FormsView;
import dev.s3grant.ui.panes.AccessMatrixView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opens without the parts its first frame does not show (decisions 0011 and 0049): the
 * Diff tab, the access check's table and the tooltips are built when first needed, the writers and
 * options sections of the forms right after the first frame, and then work as before.
 */
@ExtendWith(ApplicationExtension.class)
class BuiltWhenFirstNeededTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private ExampleWindow open;
    private DesignerSession vm;
    private DesignerWindow window;
    private WindowDriver ui;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, dialogs);
        vm = open.vm;
        window = open.window;
    }

    @AfterEach
    void stop() {
        open.close();
    }

    private WindowDriver ui(FxRobot robot) {
        ui = open.driver(robot);
        return ui;
    }

    private Tab accessTab() {
        TabPane lower = (TabPane) onFx(() -> window.root().lookup(".lower-tabs"));
        return onFx(() -> lower.getTabs().stream().filter(t -> "tab-access".equals(t.getId())).findFirst().orElseThrow());
    }

    private boolean previewHasDiffTab() {
        return onFx(() -> window.preview().getTabs().stream().anyMatch(t -> "tab-diff".equals(t.getId())));
    }

    private void compareWithOriginalB() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.copy(ComparisonJourneyTest.ORIGINAL_B, repo.resolve("account_B.tf"));
        dialogs.terraformFolder = repo;
        ui.menu("menu-compare-folder");
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !onFx(() -> vm.comparison().computingProperty().get()));
        } catch (TimeoutException e) {
            throw new AssertionError("the comparison did not settle", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDiffTabIsBuiltWhenTheFirstComparisonStartsAndShowsIt(FxRobot robot) throws IOException {
        ui(robot);
        assertThat(onFx(window::builtDiffTab)).isFalse();
        assertThat(previewHasDiffTab()).isFalse();

        compareWithOriginalB();

        assertThat(onFx(window::builtDiffTab)).isTrue();
        assertThat(previewHasDiffTab()).isTrue();
        assertThat(onFx(() -> window.preview().getSelectionModel().getSelectedItem())).isSameAs(window.diffTab());
        assertThat(onFx(() -> window.diffTab().view().model().files().stream().map(f -> f.path()).toList()))
                .contains("account_B.tf");
    }

    @Test
    void aDiffTabBuiltAfterALanguageSwitchSpeaksTheNewLanguage(FxRobot robot) throws IOException {
        ui(robot).menu("menu-language-ja");
        assertThat(onFx(window::builtDiffTab)).isFalse();

        compareWithOriginalB();

        assertThat(onFx(() -> window.diffTab().getText())).isEqualTo("差分");
        assertThat(onFx(() -> ((Labeled) robot.lookup("#diff-reload").query()).getText()))
                .isEqualTo(Localizer.of(Language.JA).text("ui.diff.reload"));
    }

    @Test
    void theAccessCheckIsBuiltAndFilledWhenItsTabIsFirstSelected(FxRobot robot) {
        ui(robot);
        Tab access = accessTab();
        assertThat(onFx(window::builtAccessCheck)).isFalse();
        assertThat(onFx(access::getContent)).isNull();

        onFx(() -> access.getTabPane().getSelectionModel().select(access));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(access::getContent)).isInstanceOf(AccessMatrixView.class).isSameAs(window.access());
        assertThat(onFx(() -> window.access().getItems())).isNotEmpty().isEqualTo(vm.editor().output().access());
        assertThat(onFx(() -> robot.from(window.access()).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null).count())).isPositive();
    }

    @Test
    void aFindingThatPointsAtAnAccessRowBuildsTheAccessCheckAndSelectsThatRow(FxRobot robot) {
        ui(robot);
        assertThat(onFx(window::builtAccessCheck)).isFalse();

        onFx(() -> vm.editor().showLocation(new dev.s3grant.analysis.Location.AccessRowLocation(3)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> accessTab().isSelected())).isTrue();
        assertThat(onFx(() -> window.access().getItems())).isEqualTo(vm.editor().output().access());
        assertThat(onFx(() -> window.access().getSelectionModel().getSelectedIndex())).isEqualTo(2);
    }

    private static List<String> sectionIds(FormsView forms) {
        return ((VBox) forms.getContent()).getChildren().stream()
                .map(n -> n.getStyleClass().contains("writers-section") ? "writers" : n.getClass().getSimpleName()).toList();
    }

    @Test
    void theWritersAndOptionsSectionsAreBuiltRightAfterTheFormsFirstFrame(FxRobot robot) {
        ui(robot);
        FormsView forms = onFx(() -> new FormsView(vm.editor().forms(), vm.text()));
        assertThat(sectionIds(forms)).containsExactly("OrganizationSection", "BucketOwnerSection", "BucketSection");

        Stage other = onFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new javafx.scene.Scene(forms, 500, 400));
            stage.show();
            return stage;
        });
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> sectionIds(forms).size() == 5));
        } catch (TimeoutException e) {
            throw new AssertionError("the lower sections were not built after the first frame: " + sectionIds(forms), e);
        } finally {
            onFx(other::close);
        }
        assertThat(sectionIds(forms)).containsExactly("OrganizationSection", "BucketOwnerSection", "BucketSection",
                "writers", "OptionsSection");
    }

    @Test
    void aFieldOfTheLowerSectionsCanBeReachedBeforeTheyWereShown(FxRobot robot) {
        ui(robot);
        FormsView forms = onFx(() -> new FormsView(vm.editor().forms(), vm.text()));

        assertThat(onFx(() -> forms.focus("writers[0].accountId"))).isTrue();
        assertThat(sectionIds(forms)).hasSize(5);
        assertThat(onFx(() -> FormsView.find(forms.getContent(), "options.terraformStyle"))).isPresent();
    }

    /** Rests the pointer on {@code node} until its tooltip shows, and returns the tooltip. */
    private static Tooltip hover(FxRobot robot, Control node) {
        robot.moveTo(node);
        robot.moveBy(2, 1);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> onFx(() -> node.getTooltip() != null && node.getTooltip().isShowing()));
        } catch (TimeoutException e) {
            throw new AssertionError("no tooltip showed on " + node, e);
        }
        return onFx(node::getTooltip);
    }

    @Test
    void aFieldsHelpTooltipIsMadeWhenThePointerFirstRestsOnIt(FxRobot robot) {
        ui(robot);
        Control field = (Control) ui.field("bucket.name");
        onFx(() -> window.forms().reveal(field));
        assertThat(onFx(field::getTooltip)).isNull();

        Tooltip tip = hover(robot, field);

        assertThat(onFx(tip::getText)).isEqualTo(vm.text().get(vm.editor().forms().bucketName().tipKey()));
    }

    @Test
    void aMarkedFieldsTooltipStartsWithItsFinding(FxRobot robot) {
        ui(robot).retype("writers[0].accountId", "11111111111");
        Control field = (Control) ui.field("writers[0].accountId");
        Finding finding = onFx(() -> window.findings().getItems().stream()
                .filter(f -> f.location().text().equals("writers[0].accountId")).findFirst().orElseThrow());

        Tooltip tip = hover(robot, field);

        assertThat(onFx(tip::getText)).startsWith(vm.text().render(finding.message()) + "\n\n");
    }

    @Test
    void aFindingsRowTooltipShowsTheWholeMessage(FxRobot robot) {
        ui(robot).retype("bucket.name", "Bad_Name");
        Finding finding = onFx(() -> window.findings().getItems().stream()
                .filter(f -> f.location().text().equals("bucket.name")).findFirst().orElseThrow());
        String message = vm.text().render(finding.message());
        Node cell = onFx(() -> robot.from(window.findings()).lookup(".table-cell").queryAll().stream()
                .filter(c -> c instanceof javafx.scene.control.TableCell<?, ?> t && message.equals(t.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no cell shows " + message)));

        Tooltip tip = hover(robot, (Control) cell);

        assertThat(onFx(tip::getText)).isEqualTo(message);
    }
}
