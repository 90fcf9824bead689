package dev.s3grant.ui.panes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import dev.s3grant.text.Localizer;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.preview.ElementRef;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lower panes on their own: access matrix, explanation pane, status bar. */
@ExtendWith(ApplicationExtension.class)
class PanesTest {

    private final UiText text = new UiText(Language.EN);
    private AccessMatrixView access;
    private ExplanationPane explanation;
    private StatusBar status;

    @Start
    void start(Stage stage) {
        access = new AccessMatrixView(text);
        explanation = new ExplanationPane(text, url -> { });
        status = new StatusBar(text);
        access.setPrefHeight(300);
        explanation.setPrefHeight(300);
        stage.setScene(new Scene(new VBox(access, explanation, status), 900, 700));
        stage.show();
    }

    private static AccessRow row(boolean expected, AccessRow.Outcome actual) {
        return new AccessRow(Message.of("access.row.get", "A"), "arn:aws:sts::111111111111:assumed-role/r/s", "s3:GetObject",
                "arn:aws:s3:::b/incoming/x", expected, actual, Message.of("access.reason.NO_ALLOW"), List.of());
    }

    @Test
    void aRowWhoseOutcomeDiffersFromItsIntentIsMarkedAsAMismatch(FxRobot robot) {
        robot.interact(() -> access.show(List.of(row(false, AccessRow.Outcome.IMPLICIT_DENY), row(false, AccessRow.Outcome.ALLOW))));
        robot.interact(() -> access.layout());
        WaitForAsyncUtils.waitForFxEvents(3);
        PseudoClass mismatch = PseudoClass.getPseudoClass("mismatch");
        List<Boolean> marked = robot.lookup(".access-matrix .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null)
                .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                .map(r -> r.getPseudoClassStates().contains(mismatch))
                .toList();
        assertThat(marked).containsExactly(false, true);
        assertThat(robot.lookup("Deny (implicit)").tryQuery()).isPresent();
    }

    @Test
    void bothLanguagesSideBySideShowTheJapaneseAndTheEnglishText(FxRobot robot) {
        Explanation e = new Explanation("bucket-policy.json", "S", Message.of("ui.section.bucket"),
                List.of(Explanation.Paragraph.of(Message.of("ui.field.bucket.name"), Message.of("ui.field.bucket.name.tip"))),
                List.of("https://docs.aws.amazon.com/AmazonS3/latest/userguide/"));
        robot.interact(() -> {
            explanation.show(new ElementRef("bucket-policy.json", "S"), Optional.of(e));
            explanation.modeProperty().set(ExplanationLanguage.BOTH);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(explanation.shownText()).contains(Localizer.of(Language.JA).text("ui.field.bucket.name.tip"))
                .contains(Localizer.of(Language.EN).text("ui.field.bucket.name.tip"))
                .contains("https://docs.aws.amazon.com/AmazonS3/latest/userguide/");

        robot.interact(() -> text.languageProperty().set(Language.JA));
        assertThat(explanation.modeProperty().get()).as("both stays both").isEqualTo(ExplanationLanguage.BOTH);

        robot.interact(() -> explanation.modeProperty().set(ExplanationLanguage.EN));
        robot.interact(() -> text.languageProperty().set(Language.EN));
        robot.interact(() -> text.languageProperty().set(Language.JA));
        assertThat(explanation.modeProperty().get()).as("one language follows the window").isEqualTo(ExplanationLanguage.JA);
        assertThat(explanation.shownText()).doesNotContain(Localizer.of(Language.EN).text("ui.field.bucket.name.tip"));
    }

    @Test
    void theStatusBarCountsFindingsBySeverityInTheCurrentLanguage(FxRobot robot) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        counts.put(Severity.ERROR, 2);
        counts.put(Severity.SECURITY_WARNING, 0);
        counts.put(Severity.WARNING, 1);
        counts.put(Severity.SUGGESTION, 0);
        robot.interact(() -> status.show(counts, 15, 1, false, ""));
        assertThat(status.countsText()).isEqualTo("2 errors 0 security warnings 1 warning 0 suggestions");
        robot.interact(() -> text.languageProperty().set(Language.JA));
        assertThat(status.countsText()).isEqualTo("エラー 2 件 セキュリティ警告 0 件 警告 1 件 提案 0 件");
    }
    @Test
    void theStatusBarFollowsEachPartThatChangesAndKeepsTheOthers(FxRobot robot) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        counts.put(Severity.WARNING, 1);
        Label access = (Label) status.lookup("#status-access");
        Label state = (Label) status.lookup("#status-state");
        robot.interact(() -> status.show(counts, 15, 1, true, ""));
        assertThat(access.getText()).isEqualTo("Access check: 1 of 15 requests not as intended");
        assertThat(access.getStyleClass()).contains("mismatch");
        assertThat(state.getText()).isEqualTo("Updating…");

        robot.interact(() -> status.show(counts, 15, 1, false, ""));
        assertThat(state.getText()).isEqualTo("Preview up to date");
        assertThat(access.getText()).isEqualTo("Access check: 1 of 15 requests not as intended");

        robot.interact(() -> status.show(Map.of(), 15, 0, false, ""));
        assertThat(access.getText()).isEqualTo("Access check: all 15 requests as intended");
        assertThat(access.getStyleClass()).doesNotContain("mismatch");
        assertThat(status.countsText()).isEqualTo("0 errors 0 security warnings 0 warnings 0 suggestions");

        robot.interact(() -> status.show(Map.of(), 15, 0, false, "The preview could not be computed (X)."));
        assertThat(state.getText()).isEqualTo("The preview could not be computed (X).");
        robot.interact(() -> status.show(Map.of(), 0, 0, false, ""));
        assertThat(state.getText()).isEqualTo("Preview up to date");
        assertThat(access.getText()).isEmpty();
    }
}
