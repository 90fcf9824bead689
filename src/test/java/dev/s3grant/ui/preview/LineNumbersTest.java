package dev.s3grant.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.ui.DesignerWindow;
import dev.s3grant.ui.i18n.UiText;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview's line numbers: right-aligned to the widest number, styled by the stylesheet's {@code .lineno} rule. */
@ExtendWith(ApplicationExtension.class)
class LineNumbersTest {

    private CodeView view;

    @Start
    void start(Stage stage) {
        view = new CodeView(new UiText(Language.EN));
        Scene scene = new Scene(view, 500, 400);
        scene.getStylesheets().addAll(dev.s3grant.ui.theme.Appearance.LIGHT.paletteStylesheet(),
                DesignerWindow.class.getResource(DesignerWindow.STYLESHEET).toExternalForm(),
                dev.s3grant.ui.fonts.FontStylesheet.dataUrl(new dev.s3grant.ui.fonts.ChosenFonts("System", "Monospaced")));
        stage.setScene(scene);
        stage.show();
    }

    private static String lines(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
    }

    private void show(String text) {
        onFx(() -> view.show(Highlight.document("notes.txt", text)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LineNumber number(int paragraph) {
        return onFx(() -> {
            Node graphic = view.area().getParagraphGraphic(paragraph);
            assertThat(graphic).isInstanceOf(LineNumber.class);
            return (LineNumber) graphic;
        });
    }

    @Test
    void numbersAreRightAlignedToTheWidestNumberAndWidenWhenTheTextGrowsPastNine() {
        show(lines(9));
        assertThat(number(0).number()).isEqualTo("1");
        assertThat(number(8).number()).isEqualTo("9");

        show(lines(12));
        assertThat(number(0).number()).isEqualTo(" 1");
        assertThat(number(11).number()).isEqualTo("12");

        show(lines(3));
        assertThat(number(2).number()).isEqualTo("3");
    }

    @Test
    void theStylesheetColoursAndPadsTheNumbers() {
        show(lines(3));
        LineNumber first = number(0);
        assertThat(onFx(() -> first.getStyleClass())).containsExactly("lineno");
        assertThat(onFx(() -> ((Text) first.getChildrenUnmodifiable().get(0)).getFill())).isEqualTo(Color.web("#6e7781"));
        assertThat(onFx(() -> first.getPadding().getLeft())).isEqualTo(4);
        assertThat(onFx(() -> first.getPadding().getRight())).isEqualTo(17.83);
        String codeFont = onFx(() -> view.area().lookupAll(".text").stream()
                .filter(n -> n instanceof Text && !(n.getParent() instanceof LineNumber))
                .map(n -> ((Text) n).getFont().getFamily()).findFirst().orElseThrow());
        assertThat(onFx(() -> ((Text) first.getChildrenUnmodifiable().get(0)).getFont().getFamily()))
                .as("the code's monospaced font").isEqualTo(codeFont).isEqualTo("Monospaced");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void onFx(Runnable run) {
        onFx(() -> {
            run.run();
            return null;
        });
    }
}
