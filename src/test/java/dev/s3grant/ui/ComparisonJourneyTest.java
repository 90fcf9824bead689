package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.diff.FileDiff;
import dev.s3grant.ui.dialogs.DiscardChoice;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.diff.DisplayRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Journeys of File › Compare with…, the Diff tab, and the window's close button, headless. */
@ExtendWith(ApplicationExtension.class)
class ComparisonJourneyTest {

    static final Path ORIGINAL_B = Path.of("src/test/resources/diff/original/account_B.tf");

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final AtomicInteger exits = new AtomicInteger();
    private ExampleWindow open;
    private DesignerSession vm;
    private DesignerWindow window;
    private WindowDriver ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open = ExampleWindow.open(stage, dialogs, 1240, 780, model -> {
            DesignerWindow made = new DesignerWindow(model, dialogs, url -> { }, exits::incrementAndGet);
            made.install(stage);
            return made;
        });
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

    /** Waits until the preview and the comparison are both up to date. */
    private void settle() {
        ui.settle();
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !onFx(() -> vm.comparison().computingProperty().get()));
        } catch (TimeoutException e) {
            throw new AssertionError("the comparison did not settle", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path repoWithOriginalB() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.copy(ORIGINAL_B, repo.resolve("account_B.tf"));
        return repo;
    }

    private void compareWithFolder(Path folder) {
        dialogs.terraformFolder = folder;
        ui.menu("menu-compare-folder");
        settle();
    }

    private List<String> summaryLines(FxRobot robot) {
        return onFx(() -> robot.from(window.diffTab().getContent()).lookup("#diff-summary .label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    @SuppressWarnings("unchecked")
    private ListView<DisplayRow> rows(FxRobot robot) {
        return (ListView<DisplayRow>) robot.from(window.diffTab().getContent()).lookup("#diff-rows").query();
    }

    private void selectFile(FxRobot robot, String path) {
        Node cell = onFx(() -> robot.from(window.diffTab().getContent()).lookup("#diff-files .list-cell")
                .queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof FileDiff f && f.path().equals(path))
                .findFirst().orElseThrow(() -> new AssertionError("no file " + path + " in the Diff tab")));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDiffTabShowsTheAccessVerdictAndFollowsTheLanguage(FxRobot robot) throws IOException {
        ui(robot);
        compareWithFolder(repoWithOriginalB());

        assertThat(onFx(() -> ((Label) robot.lookup("#diff-verdict").query()).getText()))
                .as("the generated policy names variables the original does not use")
                .isEqualTo("Not decided: some policies cannot be read exactly, so the change counts as broadening.");
        ui.menu("menu-language-ja");
        settle();
        assertThat(onFx(() -> ((Label) robot.lookup("#diff-verdict").query()).getText()))
                .isEqualTo("未確定: 正確に読み取れないポリシーがあるため、拡大として扱います。");
    }

    @Test
    void comparingWithTheOriginalAccountBShowsTheDiffTabWithTheRemovedPutObjectAclAtItsFirstChangeAndF7GoesToTheNextChange(FxRobot robot)
            throws IOException {
        ui(robot);
        compareWithFolder(repoWithOriginalB());

        assertThat(onFx(() -> window.preview().getSelectionModel().getSelectedItem())).isSameAs(window.diffTab());
        assertThat(onFx(() -> window.diffTab().getText())).isEqualTo("Diff");
        assertThat(onFx(() -> window.diffTab().getTooltip().getText())).isEqualTo(dir.resolve("repo").toString());
        assertThat(onFx(() -> ((Label) robot.lookup("#diff-sides").query()).getText()))
                .isEqualTo("Left: " + dir.resolve("repo") + " (existing) · Right: generated from this design");
        assertThat(onFx(() -> window.preview().paths())).as("the file tabs stay").contains("account_B.tf", "policies/bucket-policy.json");
        selectFile(robot, "account_B.tf");
        assertThat(summaryLines(robot))
                .contains("~ resource.aws_s3_bucket_policy.main: access changed", "removes s3:PutObjectAcl")
                .anySatisfy(line -> assertThat(line).startsWith("adds the condition aws:PrincipalOrgID"));

        robot.clickOn(rows(robot));
        WaitForAsyncUtils.waitForFxEvents();
        List<DisplayRow> shown = onFx(() -> List.copyOf(rows(robot).getItems()));
        int first = onFx(() -> window.diffTab().view().model().currentRowProperty().get());
        assertThat(first).isGreaterThanOrEqualTo(0);
        assertThat(shown.get(first).changeStart()).isTrue();
        assertThat(shown.subList(0, first)).noneMatch(DisplayRow::changeStart);
        robot.press(KeyCode.F7).release(KeyCode.F7);
        WaitForAsyncUtils.waitForFxEvents();
        int second = onFx(() -> rows(robot).getSelectionModel().getSelectedIndex());
        assertThat(second).isGreaterThan(first);
        assertThat(shown.get(second).changeStart()).isTrue();
    }

    @Test
    void theDiffFollowsTheDesignAndKeepsTheFileShown(FxRobot robot) throws IOException {
        ui(robot);
        compareWithFolder(repoWithOriginalB());
        selectFile(robot, "account_B.tf");

        ui.click("#field-options-orgGuard");
        settle();

        assertThat(summaryLines(robot)).contains("removes s3:PutObjectAcl")
                .noneSatisfy(line -> assertThat(line).contains("aws:PrincipalOrgID"));
        assertThat(onFx(() -> window.diffTab().view().model().selectedFileProperty().get().path())).isEqualTo("account_B.tf");
    }

    @Test
    void switchingTheLanguageSpeaksJapaneseInTheDiffTab(FxRobot robot) throws IOException {
        ui(robot);
        compareWithFolder(repoWithOriginalB());
        selectFile(robot, "account_B.tf");

        ui.menu("menu-language-ja");

        assertThat(onFx(() -> window.diffTab().getText())).isEqualTo("差分");
        assertThat(summaryLines(robot)).contains("アクション s3:PutObjectAcl を削除");
        assertThat(onFx(() -> window.diffTab().view().model().selectedFileProperty().get().path())).isEqualTo("account_B.tf");
        assertThat(onFx(() -> robot.from(window.diffTab().getContent()).lookup("#diff-files .diff-one-sided")
                .queryAllAs(ListCell.class).stream().map(c -> c.getText() + " " + c.getTooltip().getText()).toList()))
                .contains("+ account_A.tf account_A.tf\n生成したファイルにのみ存在");
    }

    @Test
    void aTfFileWithASyntaxErrorShowsTheTextDiffAndTheErrorPosition(FxRobot robot) throws IOException {
        ui(robot);
        Path repo = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(repo.resolve("account_B.tf"), Files.readString(ORIGINAL_B)
                .replace("resource \"aws_s3_bucket\" \"main\" {", "resource \"aws_s3_bucket\" \"main\" {{"));

        compareWithFolder(repo);
        selectFile(robot, "account_B.tf");

        assertThat(summaryLines(robot)).anySatisfy(line -> assertThat(line)
                .startsWith(repo.resolve("account_B.tf") + ":2:").contains("syntax error"));
        assertThat(onFx(() -> rows(robot).getItems().size())).isGreaterThan(0);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aMissingFolderIsReportedAndNoDiffTabOpens(FxRobot robot) {
        ui(robot);

        compareWithFolder(dir.resolve("gone"));

        assertThat(dialogs.errors).singleElement().asString().contains("gone").contains("does not exist");
        assertThat(onFx(() -> window.preview().getTabs().contains(window.diffTab()))).isFalse();
    }

    @Test
    void closingTheDiffTabEndsTheComparison(FxRobot robot) throws IOException {
        ui(robot);
        compareWithFolder(repoWithOriginalB());

        Node header = robot.lookup("#tab-diff").query();
        robot.clickOn(robot.from(header).lookup(".tab-close-button").queryAs(Node.class));
        settle();

        assertThat(onFx(() -> window.preview().getTabs().contains(window.diffTab()))).isFalse();
        assertThat(onFx(() -> vm.comparison().againstProperty().get())).isNull();
        ui.retype("region", "eu-west-1");
        assertThat(onFx(() -> vm.comparison().result())).isNull();
    }

    @Test
    void theWindowsCloseButtonAsksAboutUnsavedChangesFirst(FxRobot robot) {
        WindowDriver ui = ui(robot);
        ui.retype("region", "eu-west-1");

        dialogs.discardChoice = DiscardChoice.CANCEL;
        onFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(dialogs.askedToSave).containsExactly("ecs-to-central-ingest");
        assertThat(exits.get()).isZero();
        assertThat(onFx(() -> stage.isShowing())).isTrue();

        dialogs.discardChoice = DiscardChoice.DISCARD;
        onFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(dialogs.askedToSave).hasSize(2);
        assertThat(exits.get()).isEqualTo(1);
    }
}
