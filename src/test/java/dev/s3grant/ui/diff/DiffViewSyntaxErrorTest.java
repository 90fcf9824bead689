package dev.s3grant.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.SourceFile;
import dev.s3grant.diff.TerraformDiff;
import dev.s3grant.model.Language;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Diff tab speaks the user's language for syntax errors too, with the file, line and column. */
@ExtendWith(ApplicationExtension.class)
class DiffViewSyntaxErrorTest {

    @Start
    void start(Stage stage) {
        DiffResult result = TerraformDiff.compare(
                Map.of("main.tf", new SourceFile("old/main.tf", "resource \"aws_s3_bucket\" \"main\" {\n  bucket = \"a\"\n")),
                Map.of("main.tf", new SourceFile("new/main.tf", "resource \"aws_s3_bucket\" \"main\" {\n  bucket = \"b\"\n}\n")));
        stage.setScene(new Scene(new DiffView(result, Language.JA), 1100, 700));
        stage.show();
    }

    @Test
    void aSyntaxErrorIsShownInJapaneseWithItsLineAndColumn(FxRobot robot) {
        List<Label> errors = robot.lookup("#diff-summary").queryAs(SemanticSummaryView.class).getChildren().stream()
                .map(Label.class::cast).filter(l -> l.getStyleClass().contains("diff-error")).toList();

        assertThat(errors).extracting(Label::getText).containsExactly(
                "old/main.tf:1:33: 構文エラー: ブロックが閉じられていません。この '{' を閉じる '}' がありません。");
    }
}
