package dev.s3grant.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.FileDiff;
import dev.s3grant.diff.SourceFile;
import dev.s3grant.diff.TerraformDiff;
import dev.s3grant.ui.diff.DiffView;
import java.time.Instant;
import javafx.scene.control.Label;
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
import javafx.scene.input.KeyCode;
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

                Will overwrite (1):
                  account_B.tf

                Already identical, left alone (1):
                  variables.tf
                """);
        assertThat(robot.lookup("Each overwritten file keeps its previous content as <name>.bak.").tryQuery()).isPresent();
        robot.clickOn("Export");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theExportDialogNamesTheDestinationFolderFirstAndSaysWillOverwriteInJapaneseToo(FxRobot robot) throws Exception {
        robot.interact(() -> text.languageProperty().set(Language.JA));
        ExportPlan plan = new ExportPlan(List.of(), List.of("account_B.tf"), List.of(), Map.of());
        Path folder = Path.of("grants", "terraform");
        CompletableFuture<Boolean> answer = open(() -> dialogs.confirmExport(folder, plan, new DiffResult(List.of())));

        assertThat(robot.lookup("#export-destination").queryAs(Label.class).getText())
                .isEqualTo(folder + " に次のファイルを書き込みます。");
        assertThat(robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText()).isEqualTo("""
                上書きするファイル（1）:
                  account_B.tf
                """);
        robot.clickOn("キャンセル");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void anInformationDialogsOwnButtonSpeaksTheWindowsLanguage(FxRobot robot) throws Exception {
        robot.interact(() -> text.languageProperty().set(Language.JA));
        CompletableFuture<Void> shown = open(() -> {
            dialogs.showInfo("エクスポート完了", "完了しました。");
            return null;
        });

        javafx.scene.control.Button ok = robot.lookup(".dialog-pane .button").queryAs(javafx.scene.control.Button.class);
        assertThat(ok.getText()).isEqualTo("閉じる");
        assertThat(((javafx.scene.control.DialogPane) robot.lookup(".dialog-pane").query()).getButtonTypes())
                .noneMatch(t -> t == javafx.scene.control.ButtonType.OK);
        robot.clickOn(ok);
        shown.get(10, TimeUnit.SECONDS);
    }

    @Test
    void theAdoptedExportDialogSaysWhichFolderItAdoptsAndListsTheMovesFirst(FxRobot robot) throws Exception {
        ExportPlan plan = new ExportPlan(List.of("moved.tf"), List.of("account_A.tf"), List.of(), Map.of());
        List<String> adoption = List.of("Moved, not destroyed (1):",
                "  aws_iam_role.ecs_task_role → aws_iam_role.writer_a (account_A.tf:2)", "");
        CompletableFuture<Boolean> answer = open(() -> dialogs.confirmAdoptedExport(Path.of("repo"), Path.of("repo"), adoption,
                plan, new DiffResult(List.of())));

        String listed = robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText();
        assertThat(listed).startsWith("""
                Moved, not destroyed (1):
                  aws_iam_role.ecs_task_role → aws_iam_role.writer_a (account_A.tf:2)

                New (1):
                  moved.tf
                """);
        assertThat(robot.lookup((javafx.scene.control.Label l) -> l.getText() != null
                && l.getText().startsWith("Export writes these files into repo, adopting the existing Terraform in repo")).tryQuery())
                .isPresent();
        robot.clickOn("Cancel");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void theExportDialogShowsTheDiffOfEachOverwrittenFileBeforeWriting(FxRobot robot) throws Exception {
        ExportPlan plan = new ExportPlan(List.of(), List.of("account_B.tf"), List.of(), Map.of());
        DiffResult overwrites = TerraformDiff.compare(
                Map.of("account_B.tf", new SourceFile("out/account_B.tf", "resource \"aws_s3_bucket\" \"main\" {\n  bucket = \"old\"\n}\n")),
                Map.of("account_B.tf", new SourceFile("generated/account_B.tf", "resource \"aws_s3_bucket\" \"main\" {\n  bucket = \"new\"\n}\n")));
        CompletableFuture<Boolean> answer = open(() -> dialogs.confirmExport(Path.of("out"), plan, overwrites));

        DiffView view = robot.lookup("#export-diff").queryAs(DiffView.class);
        assertThat(view.model().files()).extracting(FileDiff::path).containsExactly("account_B.tf");
        assertThat(robot.from(view).lookup(".diff-changed-word").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("\"old\"", "\"new\"");
        assertThat(robot.from(view).lookup("#diff-summary .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("~ resource.aws_s3_bucket.main: changed", "bucket: changed");
        assertThat(robot.lookup("What changes in the files that are overwritten (existing on the left, new on the right):").tryQuery())
                .isPresent();
        robot.clickOn("Cancel");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void theExportDialogListsTheFilesOfAnEarlierExportItRemovesAndThoseItLeaves(FxRobot robot) throws Exception {
        ExportPlan plan = new ExportPlan(List.of(), List.of("account_B.tf"), List.of("account_A.tf"), Map.of(),
                List.of("account_A2.tf", "policies/A2-role-policy.json"), List.of("policies/A2-trust-policy.json"));
        CompletableFuture<Boolean> answer = open(() -> dialogs.confirmExport(Path.of("out"), plan, new DiffResult(List.of())));

        String listed = robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText();
        assertThat(listed).isEqualTo("""
                Will overwrite (1):
                  account_B.tf

                Already identical, left alone (1):
                  account_A.tf

                Removed, each kept as <name>.bak: written by an earlier export, no longer produced (2):
                  account_A2.tf
                  policies/A2-role-policy.json

                Left in place: written by an earlier export, changed by hand since; delete or rename them yourself (1):
                  policies/A2-trust-policy.json
                """);
        assertThat(robot.lookup("Each overwritten file keeps its previous content as <name>.bak.\n"
                + "terraform apply applies every .tf file in the folder: the files the design no longer produces would still "
                + "create what they hold.").tryQuery()).isPresent();
        robot.clickOn("Export");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theErrorsOfADesignAreListedBeforeExportAndEnterAnswersCancel(FxRobot robot) throws Exception {
        List<String> errors = List.of("ERROR S3G-001 writers[0].accountId: \"1\" is not an AWS account ID.",
                "ERROR S3G-020 writers: The design has no writer.");
        CompletableFuture<Boolean> answer = open(() -> dialogs.confirmExportDespiteErrors(errors));

        assertThat(robot.lookup("#export-errors").queryAs(TextArea.class).getText()).isEqualTo(String.join("\n", errors) + "\n");
        assertThat(robot.lookup("The design has 2 errors: the exported grant would not work as designed. "
                + "Fix the design first, or export anyway on purpose.").tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void theErrorsDialogInJapaneseExportsAnywayOnPurpose(FxRobot robot) throws Exception {
        robot.interact(() -> text.languageProperty().set(Language.JA));
        CompletableFuture<Boolean> answer = open(() -> dialogs.confirmExportDespiteErrors(List.of("ERROR S3G-001 x: y")));

        assertThat(robot.lookup("設計にエラーが 1 件あります。このままエクスポートしても、設計どおりには機能しません。"
                + "先に設計を修正するか、意図したうえでエクスポートしてください。").tryQuery()).isPresent();
        robot.clickOn("このままエクスポート");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theExportDialogWithoutOverwritesHasNoDiff(FxRobot robot) throws Exception {
        ExportPlan plan = new ExportPlan(List.of("account_A.tf"), List.of(), List.of(), Map.of());
        CompletableFuture<Boolean> answer = open(() -> dialogs.confirmExport(Path.of("out"), plan, new DiffResult(List.of())));

        assertThat(robot.lookup("#export-diff").tryQuery()).isEmpty();
        robot.clickOn("Export");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theRestoreOfferSpeaksJapaneseAndRestoreAnswersTrue(FxRobot robot) throws Exception {
        robot.interact(() -> text.languageProperty().set(Language.JA));
        CompletableFuture<Boolean> answer = open(() -> dialogs.askToRestoreAutosave("my-grant", Instant.parse("2025-01-02T03:04:05Z")));

        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).startsWith("前回、S3 Grant Designer は正常に終了しませんでした。「my-grant」の変更が ")
                        .contains("2025").endsWith(" に自動保存されています。復元しますか？"));
        robot.clickOn("復元する");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void discardingTheRestoreOfferAnswersFalse(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = open(() -> dialogs.askToRestoreAutosave("my-grant", Instant.now()));

        robot.clickOn("Discard");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }
}
