package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.panes.AccessRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Check Existing Files…, headless: the seed conversation's folder opens the check's window. */
@ExtendWith(ApplicationExtension.class)
class ExistingCheckJourneyTest {

    static final Path ORIGINAL = Path.of("src/test/resources/diff/original");

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private ExampleWindow open;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, dialogs, 1240, 780, model -> {
            DesignerWindow made = new DesignerWindow(model, dialogs, url -> { }, () -> { });
            made.install(stage);
            return made;
        });
    }

    @AfterEach
    void stop() {
        onFx(() -> {
            Window.getWindows().stream().filter(w -> w.getScene() != null
                    && w.getScene().lookup("#existing-check-matrix") != null).toList().forEach(Window::hide);
            return null;
        });
        open.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkingTheSeedFolderOpensTheRowsWithThePutObjectAclMismatch(FxRobot robot) throws IOException, TimeoutException {
        Path seed = Files.createDirectories(dir.resolve("seed"));
        Files.copy(ORIGINAL.resolve("account_A.tf"), seed.resolve("account_A.tf"));
        Files.copy(ORIGINAL.resolve("account_B.tf"), seed.resolve("account_B.tf"));
        dialogs.terraformFolder = seed;
        WindowDriver ui = open.driver(robot);

        ui.menu("menu-check-existing");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene().lookup("#existing-check-matrix") != null)));

        List<AccessRow> rows = onFx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene().lookup("#existing-check-matrix") != null).findFirst()
                .map(w -> List.copyOf(((TableView<AccessRow>) w.getScene().lookup("#existing-check-matrix")).getItems()))
                .orElseThrow());
        assertThat(rows).filteredOn(AccessRow::mismatch).extracting(AccessRow::action).containsExactly("s3:PutObjectAcl");
        String heading = onFx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene().lookup("#existing-check-heading") != null).findFirst()
                .map(w -> ((Label) w.getScene().lookup("#existing-check-heading")).getText()).orElseThrow());
        assertThat(heading).contains(seed.toString()).contains("not grant every request as intended");
    }
}
