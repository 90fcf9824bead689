package dev.s3grant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.diff.DiffResult;
import dev.s3grant.io.ExportPlan;
import dev.s3grant.model.Language;
import dev.s3grant.ui.i18n.UiText;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real dialogs: what they say, in the user's language, and what the buttons answer. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    private final UiText text = new UiText(Language.EN);
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
        dialogs = new FxDialogService(stage, text);
    }

    /** Opens a dialog on the FX thread without waiting for it, so the robot can answer it. */
    private static <T> CompletableFuture<T> open(Supplier<T> dialog) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialog.get()));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void unsavedChangesAskWithTheDesignNameAndDiscardAnswersDiscard(FxRobot robot) throws Exception {
        CompletableFuture<DiscardChoice> answer = open(() -> dialogs.askToSaveChanges("my-grant"));
        assertThat(robot.lookup("\"my-grant\" has changes that are not saved. Save them first?").tryQuery()).isPresent();
        robot.clickOn("Discard changes");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(DiscardChoice.DISCARD);
    }

    @Test
    void unsavedChangesInJapaneseAndCancelAnswersCancel(FxRobot robot) throws Exception {
        robot.interact(() -> text.languageProperty().set(Language.JA));
        CompletableFuture<DiscardChoice> answer = open(() -> dialogs.askToSaveChanges("my-grant"));
        assertThat(robot.lookup("「my-grant」には保存していない変更があります。先に保存しますか？").tryQuery()).isPresent();
        robot.clickOn("キャンセル");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(DiscardChoice.CANCEL);
    }

    @Test
    void theExportDialogListsNewAndOverwrittenFilesBeforeWriting(FxRobot robot) throws Exception {
        ExportPlan plan = new ExportPlan(List.of("account_A.tf", "policies/A-trust-policy.json"),
                List.of("account_B.tf"), List.of("variables.tf"), Map.of());
        CompletableFuture<Boolean> answer = open(() -> dialogs.confirmExport(Path.of("out"), plan, new DiffResult(List.of())));
        String listed = robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText();
        assertThat(listed).isEqualTo("""
                New (2):
                  account_A.tf
                  policies/A-trust-policy.json

                Overwritten (1):
                  account_B.tf

                Already identical, left alone (1):
                  variables.tf
                """);
        assertThat(robot.lookup("Each overwritten file keeps its previous content as <name>.bak.").tryQuery()).isPresent();
        robot.clickOn("Export");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
