package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.settings.BarHeights;
import dev.s3grant.ui.settings.MemorySettingsStore;
import dev.s3grant.ui.settings.UiSettings;
import dev.s3grant.ui.theme.Appearance;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first frame is its outline (decision 0058): plain regions where the bars and the
 * parts will be, in their colours. The window then takes the outline's place; its parts must come
 * where the outline drew them.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSkeletonTest {

    private static final String[] PARTS = {"forms", "preview", "lower-tabs", "explanation"};

    private Stage stage;
    private ExampleWindow open;
    private Runnable stopTheme;
    private final UiSettings settings = new UiSettings(new MemorySettingsStore(), Locale.US);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open = ExampleWindow.open(stage, new FakeDialogs(), settings);
        // The product's theme: the bars' heights are its (JavaFX's own Modena draws them lower).
        stopTheme = ProductTheme.follow(open);
    }

    @AfterEach
    void stop() {
        onFx(stopTheme);
        open.close();
    }

    @Test
    void theEstimatedBarsAreWithinThreePixelsOfTheThemesFromTheSmallestFontSizeToTheLargestAndExactAtTheDefault(FxRobot robot) {
        for (int fontSize : new int[] {UiSettings.MIN_FONT_SIZE, 11, UiSettings.DEFAULT_FONT_SIZE, 16, 20, UiSettings.MAX_FONT_SIZE}) {
            BarHeights laidOut = barsOfAWindowOpenedAt(fontSize);
            BarHeights estimate = WindowSkeleton.estimate(fontSize);
            double tolerance = fontSize == UiSettings.DEFAULT_FONT_SIZE ? 0 : 3;
            assertThat(estimate.top()).as("menu bar and toolbar at %d px", fontSize).isCloseTo(laidOut.top(), within(tolerance));
            assertThat(estimate.bottom()).as("status bar at %d px", fontSize).isCloseTo(laidOut.bottom(), within(tolerance));
            assertThat(estimate.code()).as("preview's code at %d px", fontSize).isCloseTo(laidOut.code(), within(tolerance));
        }
    }

    /** The bars' heights of a window opened with {@code fontSize} set, once it is complete. */
    private BarHeights barsOfAWindowOpenedAt(int fontSize) {
        UiSettings sized = new UiSettings(new MemorySettingsStore(), Locale.US);
        sized.setFontSize(fontSize);
        ExampleWindow other = onFx(() -> {
            ExampleWindow window = ExampleWindow.open(new Stage(), new FakeDialogs(), sized);
            window.window.root().getScene().getStylesheets().add(ProductTheme.fonts());
            return window;
        });
        try {
            WindowDriver.waitUntilComplete(other.window);
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return onFx(() -> other.window.barHeights().orElseThrow());
        } finally {
            onFx(() -> {
                other.window.root().getScene().getWindow().hide();
                other.close();
            });
        }
    }

    @Test
    void theOutlineDrawsEveryPartWhereTheWindowPutsIt(FxRobot robot) {
        WindowDriver.waitUntilComplete(open.window);
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Bounds> window = onFx(this::windowParts);
        BarHeights heights = onFx(() -> open.window.barHeights().orElseThrow());

        Map<String, Bounds> outline = onFx(() -> {
            Scene scene = stage.getScene();
            WindowSkeleton skeleton = new WindowSkeleton(heights, DesignerWindow.DEFAULT_DIVIDERS, Appearance.LIGHT);
            new Scene(skeleton, scene.getWidth(), scene.getHeight());
            skeleton.applyCss();
            skeleton.resize(scene.getWidth(), scene.getHeight());
            skeleton.layout();
            // the preview's code view, shown before the window exists (decision 0061)
            javafx.scene.layout.Region code = new javafx.scene.layout.Region();
            skeleton.showPreview(code);
            skeleton.layout();
            Map<String, Bounds> parts = new LinkedHashMap<>();
            for (String part : PARTS) {
                Node node = skeleton.lookup("#" + part + "-placeholder");
                parts.put(part, node.localToScene(node.getLayoutBounds()));
            }
            parts.put("code", code.localToScene(code.getLayoutBounds()));
            return parts;
        });
        Node windowCode = onFx(() -> ((dev.s3grant.ui.preview.CodeView) open.window.preview().getSelectionModel().getSelectedItem()
                .getContent()).area());
        window.put("code", onFx(() -> windowCode.localToScene(windowCode.getLayoutBounds())));

        for (String part : window.keySet()) {
            Bounds w = window.get(part);
            Bounds o = outline.get(part);
            assertThat(new double[] {o.getMinX(), o.getMinY(), o.getWidth(), o.getHeight()}).as(part)
                    .containsExactly(new double[] {w.getMinX(), w.getMinY(), w.getWidth(), w.getHeight()}, within(1.0));
        }
    }

    @Test
    void theWindowRemembersItsBarsSoThatTheNextOutlineHasThemExactly(FxRobot robot) {
        WindowDriver.waitUntilComplete(open.window);
        WaitForAsyncUtils.waitForFxEvents();
        BarHeights laidOut = onFx(() -> open.window.barHeights().orElseThrow());

        onFx(() -> WindowGeometry.remember(stage, open.window, settings));

        assertThat(settings.barHeights()).contains(laidOut);
        assertThat(laidOut.fontSize()).isEqualTo(UiSettings.DEFAULT_FONT_SIZE);
        assertThat(WindowSkeleton.heights(settings.barHeights(), UiSettings.DEFAULT_FONT_SIZE)).isEqualTo(laidOut);
        // At another font size the remembered heights do not apply: the estimate does.
        assertThat(WindowSkeleton.heights(settings.barHeights(), 20)).isEqualTo(WindowSkeleton.estimate(20));
    }

    /** With the grant map in front the code's place cannot be read: the bars are remembered, the code's place kept. */
    @Test
    void withTheGrantMapInFrontTheBarsAreRememberedAndTheCodesPlaceKept(FxRobot robot) {
        WindowDriver.waitUntilComplete(open.window);
        WaitForAsyncUtils.waitForFxEvents();
        BarHeights laidOut = onFx(() -> open.window.barHeights().orElseThrow());
        onFx(() -> WindowGeometry.remember(stage, open.window, settings));

        robot.interact(() -> open.window.preview().getSelectionModel().select(
                open.window.preview().getTabs().stream().filter(t -> "tab-map".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> open.window.preview().codeTop())).isZero();
        assertThat(onFx(() -> open.window.barHeights())).contains(laidOut);
    }

    /** The code view the outline shows does not take the focus: its caret would show until the window moved the focus. */
    @Test
    void theOutlinesCodeViewDoesNotTakeTheFocus(FxRobot robot) {
        Stage outline = onFx(() -> {
            Stage s = new Stage();
            WindowSkeleton skeleton = new WindowSkeleton(WindowSkeleton.estimate(13), DesignerWindow.DEFAULT_DIVIDERS,
                    Appearance.LIGHT);
            s.setScene(new Scene(skeleton, 800, 600));
            s.show();
            return s;
        });
        javafx.scene.control.Button focusable = onFx(() -> {
            javafx.scene.control.Button b = new javafx.scene.control.Button("code");
            ((WindowSkeleton) outline.getScene().getRoot()).showPreview(b);
            return b;
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        try {
            assertThat(onFx(() -> outline.getScene().getFocusOwner())).isNotSameAs(focusable);
        } finally {
            onFx(outline::hide);
        }
    }

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void theOutlinePaintsWithThePalettesColours(Appearance appearance) throws Exception {
        Map<String, Color> palette = new LinkedHashMap<>();
        Stylesheet sheet = new CssParser().parse(new URL(appearance.paletteStylesheet()));
        for (Rule rule : sheet.getRules()) {
            for (Declaration d : rule.getDeclarations()) {
                if (d.getParsedValue().convert(null) instanceof Color colour) {
                    palette.put(d.getProperty(), colour);
                }
            }
        }
        WindowSkeleton.Colours colours = WindowSkeleton.Colours.of(appearance);

        assertThat(colours.background()).isEqualTo(palette.get("-c-background"));
        assertThat(colours.surface()).isEqualTo(palette.get("-c-surface"));
        assertThat(colours.border()).isEqualTo(palette.get("-c-border"));
    }

    private Map<String, Bounds> windowParts() {
        SplitPane top = (SplitPane) open.window.root().lookup("#split-top");
        SplitPane lower = (SplitPane) open.window.root().lookup("#split-lower");
        Map<String, Bounds> parts = new LinkedHashMap<>();
        Node[] nodes = {top.getItems().get(0), top.getItems().get(1), lower.getItems().get(0), lower.getItems().get(1)};
        for (int i = 0; i < PARTS.length; i++) {
            parts.put(PARTS[i], nodes[i].localToScene(nodes[i].getLayoutBounds()));
        }
        return parts;
    }
}
