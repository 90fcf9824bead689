package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.i18n.PlatformLocale;
import java.util.Locale;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In Japanese: labels on one line, never broken inside a word, and JavaFX's own texts in Japanese. */
@ExtendWith(ApplicationExtension.class)
class JapaneseWindowJourneyTest {

    private final FakeDialogs dialogs = new FakeDialogs();
    private final Locale before = Locale.getDefault();
    private final Locale formatBefore = Locale.getDefault(Locale.Category.FORMAT);
    private ExampleWindow open;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, dialogs);
    }

    @AfterEach
    void stop() {
        open.close();
        Locale.setDefault(before);
        Locale.setDefault(Locale.Category.FORMAT, formatBefore);
    }

    @Test
    void theServicesLabelIsOneLineAsWideAsItsTextInJapanese(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        ui.menu("menu-language-ja");

        Label services = onFx(() -> robot.lookup(".field-label").queryAllAs(Label.class).stream()
                .filter(l -> "ロールを引き受けるサービス".equals(l.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no label ロールを引き受けるサービス")));
        Label region = onFx(() -> robot.lookup(".field-label").queryAllAs(Label.class).stream()
                .filter(l -> "リージョン".equals(l.getText())).findFirst().orElseThrow());

        assertThat(onFx(services::isWrapText)).isFalse();
        assertThat(onFx(() -> services.getWidth())).as("not cut short")
                .isGreaterThanOrEqualTo(onFx(() -> services.prefWidth(-1)) - 0.5);
        assertThat(onFx(() -> services.getHeight())).as("one line, as high as a short label")
                .isCloseTo(onFx(() -> region.getHeight()), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void theExistingPolicyRowKeepsItsButtonsWholeAndWrapsItsSummaryInJapanese(FxRobot robot) throws Exception {
        WindowDriver ui = open.driver(robot);
        ui.menu("menu-language-ja");
        Design existing = DesignFiles.load(Path.of("src/test/resources/designs/existing-bucket.json"));
        onFx(() -> open.vm.editor().replace(existing));
        ui.settle();

        VBox row = onFx(() -> robot.lookup(".existing-policy").queryAllAs(VBox.class).stream().filter(Node::isVisible)
                .findFirst().orElseThrow(() -> new AssertionError("no existing-policy row")));
        List<Button> buttons = onFx(() -> robot.from(row).lookup(".button").queryAllAs(Button.class).stream().toList());
        assertThat(buttons).extracting(b -> onFx(b::getText)).contains("ファイルから読み込む…", "クリア", "貼り付けたポリシーを使う");
        for (Button b : buttons) {
            assertThat(onFx(() -> b.getWidth())).as("%s not cut short", onFx(b::getText))
                    .isGreaterThanOrEqualTo(onFx(() -> b.prefWidth(-1)) - 0.5);
        }
        Label summary = onFx(() -> robot.from(row).lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("なし")).findFirst().orElseThrow());
        assertThat(onFx(summary::isWrapText)).isTrue();
        assertThat(onFx(() -> summary.getWidth())).as("within the form").isLessThanOrEqualTo(onFx(() -> row.getWidth()) + 0.5);
    }

    @Test
    void everyFieldLabelOfTheSharedRoleInAnOuIsWholeBesideItsFieldInJapanese(FxRobot robot) throws Exception {
        WindowDriver ui = open.driver(robot);
        ui.menu("menu-language-ja");
        Design ou = DesignFiles.load(Path.of("src/test/resources/designs/shared-role-ou.json"));
        onFx(() -> open.vm.editor().replace(ou));
        ui.settle();
        onFx(() -> open.vm.editor().design());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        List<Label> labels = onFx(() -> robot.lookup(".field-label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).filter(l -> l.getScene() != null).toList());
        assertThat(labels).extracting(l -> onFx(l::getText)).contains("書き込み元の組織単位 (OU のパス)", "バケットポリシーのプリンシパル");
        for (Label label : labels) {
            assertThat(onFx(() -> label.getWidth())).as("%s not cut short", onFx(label::getText))
                    .isGreaterThanOrEqualTo(onFx(() -> label.prefWidth(-1)) - 0.5);
            javafx.geometry.Bounds own = onFx(() -> label.localToScene(label.getBoundsInLocal()));
            Node field = onFx(() -> label.getLabelFor());
            if (field != null) {
                javafx.geometry.Bounds next = onFx(() -> field.localToScene(field.getBoundsInLocal()));
                assertThat(own.getMaxX()).as("%s ends before its field", onFx(label::getText)).isLessThanOrEqualTo(next.getMinX() + 0.5);
            }
        }
    }

    @Test
    void javaFxsOwnTextsFollowTheChosenLanguage(FxRobot robot) {
        open.driver(robot);
        onFx(() -> PlatformLocale.follow(open.vm.text()));
        WindowDriver ui = open.driver(robot);
        ui.menu("menu-language-ja");

        assertThat(Locale.getDefault().getLanguage()).isEqualTo("ja");
        assertThat(Locale.getDefault(Locale.Category.FORMAT)).as("numbers and dates keep the system's format").isEqualTo(formatBefore);
        // An alert JavaFX names itself takes its title from JavaFX's bundle for the default locale.
        assertThat(onFx(() -> new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION).getTitle()))
                .isEqualTo("確認");
        ui.menu("menu-language-en");
        assertThat(onFx(() -> new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION).getTitle()))
                .isEqualTo("Confirmation");
    }
}
