package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.dialogs.FakeDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Export and Compare choosers start where the user was last: the folder exported to, the folder compared with. */
@ExtendWith(ApplicationExtension.class)
class FolderChoosersJourneyTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private ExampleWindow open;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, dialogs);
    }

    @AfterEach
    void stop() {
        open.close();
    }

    private void settleComparison() {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !onFx(() -> open.vm.comparison().computingProperty().get()));
        } catch (TimeoutException e) {
            throw new AssertionError("the comparison did not settle", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSecondExportsChooserStartsInTheFolderExportedToFirst(FxRobot robot) throws IOException {
        WindowDriver ui = open.driver(robot);
        Path out = Files.createDirectories(dir.resolve("terraform"));
        dialogs.exportFolder = out;

        ui.menu("menu-export");
        WaitForAsyncUtils.waitForFxEvents();
        dialogs.exportFolder = null;
        ui.menu("menu-export");

        assertThat(dialogs.exportChooserStarts).hasSize(2);
        assertThat(dialogs.exportChooserStarts.get(0)).as("nothing exported or saved yet").isEmpty();
        assertThat(dialogs.exportChooserStarts.get(1)).contains(out.toAbsolutePath().normalize());
        assertThat(Files.exists(out.resolve("account_A.tf"))).as("the first export wrote its files").isTrue();
    }

    @Test
    void compareChoosersStartInTheFolderComparedWithLastAndExportStartsInTheComparedFolder(FxRobot robot) throws IOException {
        WindowDriver ui = open.driver(robot);
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.copy(Path.of("src/test/resources/diff/original/account_B.tf"), repo.resolve("account_B.tf"));
        dialogs.terraformFolder = repo;
        ui.menu("menu-compare-folder");
        settleComparison();

        dialogs.exportFolder = null;
        dialogs.exportDespiteErrors = true;
        ui.menu("menu-export");
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.exportChooserStarts).containsExactly(Optional.of(repo));

        onFx(() -> open.vm.comparison().close());
        dialogs.terraformFolder = null;
        dialogs.terraformFile = null;
        ui.menu("menu-compare-folder");
        ui.menu("menu-compare-file");

        assertThat(dialogs.compareChooserStarts).hasSize(3);
        assertThat(dialogs.compareChooserStarts.subList(1, 3))
                .containsOnly(Optional.of(repo.toAbsolutePath().normalize()));
    }
}
