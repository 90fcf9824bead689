package dev.s3grant.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.ui.DesignerWindow;
import dev.s3grant.ui.i18n.UiText;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CodeViewTest {

    private static final String BEFORE = "{\n  \"Bucket\": \"central-ingest\",\n  \"Key\": \"incoming/\"\n}\n";
    private static final String AFTER = "{\n  \"Bucket\": \"central-ingest-x\",\n  \"Key\": \"incoming/\"\n}\n";

    private CodeView view;

    @Start
    void start(Stage stage) {
        view = new CodeView(new UiText(Language.EN));
        Scene scene = new Scene(view, 600, 300);
        scene.getStylesheets().addAll(dev.s3grant.ui.theme.Appearance.LIGHT.paletteStylesheet(),
                DesignerWindow.class.getResource(DesignerWindow.STYLESHEET).toExternalForm(),
                // the code in a family of its own, as in the window: a text the stylesheets have not reached shows in another
                dev.s3grant.ui.fonts.FontStylesheet.dataUrl(new dev.s3grant.ui.fonts.ChosenFonts("System", "Monospaced")));
        stage.setScene(scene);
        stage.show();
    }

    private static PreviewDocument json(String text) {
        return Highlight.document("policies/bucket-policy.json", text);
    }

    /**
     * The changed line is set and laid out with the text, not in the next pulse: the frame after the
     * change draws it, and the pulse after that has nothing left to do.
     */
    @Test
    void aChangedDocumentIsLaidOutAtOnceNotInTheNextPulse(FxRobot robot) {
        robot.interact(() -> view.show(json(BEFORE)));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicBoolean needsLayout = new AtomicBoolean(true);

        robot.interact(() -> {
            view.show(json(AFTER));
            needsLayout.set(view.area().isNeedsLayout());
        });

        assertThat(needsLayout).isFalse();
        assertThat(view.area().getText()).isEqualTo(AFTER);
        assertThat(view.replacements()).isEqualTo(2);
    }

    /**
     * The frame that first shows the lines draws every text, the line numbers' too, in the font and colour of its
     * style: the text nodes a layout makes are styled before they are measured, not in the pulse after (where the
     * first frame would have drawn the code in JavaFX's default font, in black).
     */
    @Test
    void theFrameThatFirstShowsTheLinesDrawsThemInTheirStyle(FxRobot robot) throws Exception {
        List<List<String>> firstFrame = new java.util.ArrayList<>();
        CodeView shown = onFx(() -> {
            CodeView fresh = new CodeView(new UiText(Language.EN));
            fresh.show(json(BEFORE));
            Scene scene = view.getScene();
            scene.addPostLayoutPulseListener(() -> {
                if (firstFrame.isEmpty() && !fresh.area().rows().isEmpty()) {
                    firstFrame.add(drawn(fresh.area()));
                }
            });
            scene.setRoot(fresh);
            return fresh;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> !firstFrame.isEmpty()));
        WaitForAsyncUtils.waitForFxEvents(5);

        List<String> idle = onFx(() -> drawn(shown.area()));
        assertThat(idle).contains("{|Monospaced Bold 13.0|0x57606aff", "\"Bucket\"|code|0x0550aeff", "\"central-ingest\"|code|0x953800ff",
                "1|code|0x6e7781ff").hasSize(18);
        assertThat(onFx(() -> shown.area().codeFont().getFamily())).isEqualTo("Monospaced");
        assertThat(firstFrame.get(0)).isEqualTo(idle);
    }

    /**
     * Lines that fit make no scroll bar; lines that do not make the one they need, styled in the frame that first
     * shows it; a view told to leave its bars out (the window's outline) makes none until it may (decision 0061).
     */
    @Test
    void scrollBarsAreMadeWhenTheLinesFirstNeedThemAndOnlyOnceAllowed(FxRobot robot) {
        String tall = "{\n" + "  \"Key\": \"incoming/\",\n".repeat(60) + "}\n";
        robot.interact(() -> view.show(json(BEFORE)));
        WaitForAsyncUtils.waitForFxEvents();
        List<Integer> seen = new java.util.ArrayList<>();
        seen.add(onFx(() -> view.area().bars().size()));

        robot.interact(() -> view.show(json(tall)));
        List<javafx.scene.control.ScrollBar> bars = onFx(() -> view.area().bars());
        seen.add(bars.size());
        double width = onFx(() -> bars.get(0).getWidth());

        CodeView outline = onFx(() -> {
            CodeView v = new CodeView(new UiText(Language.EN));
            v.area().withoutBars();
            v.show(json(tall));
            view.getScene().setRoot(v);
            return v;
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        seen.add(onFx(() -> outline.area().bars().size()));
        robot.interact(() -> outline.area().allowBars());
        WaitForAsyncUtils.waitForFxEvents(3);
        seen.add(onFx(() -> outline.area().bars().size()));

        assertThat(seen).containsExactly(0, 1, 0, 1);
        assertThat(onFx(() -> bars.get(0).getOrientation())).isEqualTo(javafx.geometry.Orientation.VERTICAL);
        assertThat(width).isGreaterThan(0);
        assertThat(onFx(() -> bars.get(0).getSkin())).isNotNull();
    }

    /** A change that adds lines and runs draws the new text nodes in their style in the frame right after it. */
    @Test
    void theFrameAfterAChangeDrawsTheNewTextsInTheirStyle(FxRobot robot) {
        robot.interact(() -> view.show(json(BEFORE)));
        WaitForAsyncUtils.waitForFxEvents();
        String longer = "{\n  \"Bucket\": [\"central-ingest\", \"archive\"],\n  \"Key\": \"incoming/\",\n  \"Tag\": true\n}\n";

        List<String> afterChange = onFx(() -> {
            view.show(json(longer));
            return drawn(view.area());
        });
        WaitForAsyncUtils.waitForFxEvents(5);

        List<String> idle = onFx(() -> drawn(view.area()));
        assertThat(idle).hasSizeGreaterThan(20);
        assertThat(afterChange).isEqualTo(idle);
    }

    /**
     * What the visible lines draw: each text of each line, then each line number, as "text|font|fill", the
     * font named "code" where it is the probe's (the code font), else by its name and size.
     */
    private static List<String> drawn(CodeLines area) {
        javafx.scene.text.Font code = area.codeFont();
        List<String> drawn = new java.util.ArrayList<>();
        java.util.function.Consumer<Text> add = t -> drawn.add(t.getText() + "|"
                + (t.getFont().equals(code) ? "code" : t.getFont().getName() + " " + t.getFont().getSize()) + "|" + t.getFill());
        for (CodeLine row : area.rows()) {
            if (row.isVisible()) {
                row.getChildren().forEach(n -> add.accept((Text) n));
            }
        }
        area.lookupAll(".lineno").stream().filter(Node::isVisible)
                .forEach(n -> add.accept((Text) ((javafx.scene.Parent) n).getChildrenUnmodifiable().get(0)));
        return drawn;
    }

    /**
     * A keystroke that changes one line sets that line's text in the nodes already there: the same
     * line nodes stay in the view, the same text nodes in the changed line, and no other line is set.
     */
    @Test
    void aChangedLineIsSetInItsOwnNodesAndNoOtherLineIsSet(FxRobot robot) {
        robot.interact(() -> view.show(json(BEFORE)));
        WaitForAsyncUtils.waitForFxEvents();
        List<CodeLine> rows = onFx(() -> view.area().rows());
        List<Integer> setsBefore = onFx(() -> rows.stream().map(CodeLine::sets).toList());
        List<Node> textsOfLine2 = onFx(() -> List.copyOf(rows.get(1).getChildren()));

        robot.interact(() -> view.show(json(AFTER)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> view.area().rows())).isEqualTo(rows);
        List<Integer> setsAfter = onFx(() -> rows.stream().map(CodeLine::sets).toList());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(setsAfter.get(i) - setsBefore.get(i)).as("line %d set again", i + 1).isEqualTo(i == 1 ? 1 : 0);
        }
        assertThat(onFx(() -> List.copyOf(rows.get(1).getChildren()))).isEqualTo(textsOfLine2);
        assertThat(onFx(() -> rows.get(1).getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat)))
                .isEqualTo("  \"Bucket\": \"central-ingest-x\",");
        assertThat(onFx(() -> ((Text) rows.get(1).getChildren().get(1)).getStyleClass())).containsExactly("text", "json-key");
    }

    @Test
    void theCurrentLineFollowsTheCaretWithTheThemesColourAndTheCaretShowsWhileFocused(FxRobot robot) {
        robot.interact(() -> view.show(json(BEFORE)));
        CodeLines area = view.area();
        assertThat(onFx(() -> area.currentLineNode().getStyleClass())).containsExactly("current-line");
        assertThat(onFx(() -> area.currentLineNode().getLayoutY())).isEqualTo(0.0);

        robot.interact(() -> {
            view.copyButton().requestFocus();
            area.moveTo(BEFORE.indexOf("\"Key\""));
        });
        WaitForAsyncUtils.waitForFxEvents();

        double lineHeight = onFx(area::lineHeight);
        assertThat(onFx(() -> area.currentLineNode().getLayoutY())).isEqualTo(2 * lineHeight);
        Background background = onFx(() -> area.currentLineNode().getBackground());
        assertThat(background.getFills().get(0).getFill()).isEqualTo(Color.web("#f0f4fa")); // the light palette's -code-current-line
        assertThat(onFx(() -> area.caretNode().isVisible())).as("no caret before the view has the focus").isFalse();

        robot.clickOn(area);
        assertThat(onFx(area::isFocused)).isTrue();
        assertThat(onFx(() -> area.caretNode().isVisible() || area.caretNode().getOpacity() > 0)).isTrue();
        assertThat(onFx(() -> area.caretNode().getStyleClass())).containsExactly("caret");
    }

    @Test
    void clickingPutsTheCaretOnTheLineClickedAndReportsTheOffset(FxRobot robot) {
        robot.interact(() -> view.show(json(BEFORE)));
        CodeLines area = view.area();
        double lineHeight = onFx(area::lineHeight);

        robot.interact(() -> {
            int at = area.offsetAt(area.getWidth() - 40, 3.5 * lineHeight);
            area.caretTo(at, false, false);
        });

        assertThat(onFx(() -> area.lineOf(area.getCaretPosition()))).isEqualTo(3);
    }

    @Test
    void keysMoveTheCaretSelectAndCopy(FxRobot robot) {
        robot.interact(() -> view.show(json(BEFORE)));
        CodeLines area = view.area();
        int bucket = BEFORE.indexOf("\"Bucket\"");
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(bucket);
        });

        robot.type(KeyCode.DOWN);
        assertThat(onFx(area::getCaretPosition)).as("same column, next line").isEqualTo(BEFORE.indexOf("\"Key\""));
        robot.type(KeyCode.HOME);
        assertThat(onFx(area::getCaretPosition)).isEqualTo(BEFORE.indexOf("  \"Key\""));
        robot.press(KeyCode.SHIFT).type(KeyCode.END).release(KeyCode.SHIFT);
        assertThat(onFx(area::getSelectedText)).isEqualTo("  \"Key\": \"incoming/\"");
        assertThat(onFx(() -> view.area().lookup(".selection"))).isNotNull();

        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("  \"Key\": \"incoming/\"");
    }

    @Test
    void selectingAnElementSelectsItsTextAndDrawsTheSelection(FxRobot robot) {
        robot.interact(() -> view.show(json(BEFORE)));
        CodeLines area = view.area();
        int from = BEFORE.indexOf("\"Bucket\"");
        int to = BEFORE.indexOf("\"Key\"") + 5;

        robot.interact(() -> area.selectRange(from, to));

        assertThat(onFx(area::getSelectedText)).isEqualTo(BEFORE.substring(from, to));
        assertThat(onFx(() -> ((javafx.scene.shape.Path) area.lookup(".selection")).getElements()))
                .as("one rectangle on each of the two lines").hasSize(10);
    }

    private static <T> T onFx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
