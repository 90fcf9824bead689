package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.Autosave;
import dev.s3grant.io.DesignFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as {@link DesignerApp} opens it (decision 0058): its first frame is the outline, then
 * the window takes the outline's place with the preview filled, and completes with the keyboard
 * focus on the toolbar's language button.
 */
class DesignerAppStartTest {

    @TempDir
    Path data;

    private String dataBefore;
    private String languageBefore;
    private final Locale localeBefore = Locale.getDefault();
    private final Locale formatBefore = Locale.getDefault(Locale.Category.FORMAT);
    private Stage stage;
    private Application app;
    /** The class of the scene's root in each frame laid out. */
    private final List<String> frames = new CopyOnWriteArrayList<>();
    /** Where the preview's code view was in each frame laid out ("" before it came). */
    private final List<String> previews = new CopyOnWriteArrayList<>();
    /** The window's title in each frame laid out. */
    private final List<String> titles = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        dataBefore = System.setProperty(Autosave.FOLDER_PROPERTY, data.toString());
        languageBefore = System.setProperty(DesignerApp.LANGUAGE_PROPERTY, "en");
        stage = FxToolkit.registerPrimaryStage();
        onFx(() -> {
            // TestFX hands every test the same stage: an earlier window may have bound its title.
            stage.titleProperty().unbind();
            stage.sceneProperty().addListener((o, old, scene) -> watch(scene));
        });
    }

    private void launch(String... args) throws Exception {
        app = FxToolkit.setupApplication(DesignerApp.class, args);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> stage.getScene().lookup("#toolbar-language") != null
                && stage.getScene().lookup("#explanation-pane") != null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void watch(Scene scene) {
        if (scene != null) {
            scene.addPostLayoutPulseListener(() -> {
                if (scene.getWindow() != null && scene.getWindow().isShowing()) {
                    frames.add(scene.getRoot().getClass().getSimpleName() + (scene.getRoot().getId() == null ? "" : "#" + scene.getRoot().getId()));
                    titles.add(stage.getTitle());
                    javafx.scene.Node preview = scene.getRoot().lookup(".preview-code");
                    previews.add(preview == null ? "" : preview.localToScene(preview.getLayoutBounds()).toString());
                }
            });
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        onFx(() -> {
            stage.setScene(null);
            // The window set the product's theme for the application: the other tests draw with JavaFX's own.
            Application.setUserAgentStylesheet(null);
        });
        // The window makes its language the platform's (PlatformLocale): the other tests keep theirs.
        Locale.setDefault(localeBefore);
        Locale.setDefault(Locale.Category.FORMAT, formatBefore);
        restore(Autosave.FOLDER_PROPERTY, dataBefore);
        restore(DesignerApp.LANGUAGE_PROPERTY, languageBefore);
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    @Test
    void theFirstFrameIsTheOutlineThenTheWindowTakesItsPlaceAndCompletes() throws Exception {
        launch();

        assertThat(frames.get(0)).isEqualTo("WindowSkeleton#window-skeleton");
        assertThat(frames).contains("BorderPane#designer-root");
        assertThat(frames.subList(frames.indexOf("BorderPane#designer-root"), frames.size()))
                .allMatch(root -> root.equals("BorderPane#designer-root"));
        assertThat(onFx(() -> stage.getScene().getFocusOwner().getId())).isEqualTo("toolbar-language");
        // The preview's code comes in the outline, before the window, and stays where it came when the window takes over
        // and puts it in the preview's tab pane (decision 0061).
        int firstPreview = previews.indexOf(previews.stream().filter(p -> !p.isEmpty()).findFirst().orElseThrow());
        assertThat(frames.get(firstPreview)).isEqualTo("WindowSkeleton#window-skeleton");
        assertThat(previews.subList(firstPreview, previews.size())).containsOnly(previews.get(firstPreview));
        assertThat(onFx(() -> stage.getTitle())).contains("S3 Grant Designer");
    }

    @Test
    void aDesignFileNamedAtStartIsTheWindowsDesignFromItsFirstFrame() throws Exception {
        Path file = data.resolve("named-at-start.s3grant.json");
        DesignFiles.save(DesignFiles.example().withName("named-at-start"), file);

        launch(file.toString());

        int window = frames.indexOf("BorderPane#designer-root");
        assertThat(window).isPositive();
        assertThat(titles.subList(window, titles.size()))
                .allMatch(title -> title.equals("named-at-start (named-at-start.s3grant.json) — S3 Grant Designer"));
    }
}
