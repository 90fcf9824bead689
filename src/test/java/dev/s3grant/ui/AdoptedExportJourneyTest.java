package dev.s3grant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.dialogs.FakeDialogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The adopted export, headless: File › Compare with Folder… on the original conversation's files,
 * then File › Export Terraform… into that folder adopts it: the dialog lists the moves and the kept
 * inline policy name, and the folder gets moved.tf, the kept name and a .bak of each overwritten file.
 */
@ExtendWith(ApplicationExtension.class)
class AdoptedExportJourneyTest {

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
        open.close();
    }

    private Path conversationFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("repo"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/adopt/original"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    @Test
    void exportingAfterComparingWithAFolderAdoptsItWithoutDestroyingTheRole(FxRobot robot) throws Exception {
        WindowDriver ui = open.driver(robot);
        Path folder = conversationFolder();
        dialogs.terraformFolder = folder;
        ui.menu("menu-compare-folder");
        ui.settle();
        waitUntilCompared();

        dialogs.exportFolder = folder;
        ui.menu("menu-export");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !dialogs.infos.isEmpty() || !dialogs.errors.isEmpty());

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.adoptedFolders).containsExactly(folder);
        assertThat(dialogs.adoptions.get(0)).contains(
                "  aws_iam_role.ecs_task_role → aws_iam_role.writer_a (account_A.tf:2)",
                "  aws_iam_role_policy.writer_a name = \"ecs-s3-cross-account-policy\"");
        assertThat(Files.readString(folder.resolve("moved.tf"), StandardCharsets.UTF_8))
                .contains("moved {\n  from = aws_iam_role.ecs_task_role\n  to   = aws_iam_role.writer_a\n}\n");
        assertThat(Files.readString(folder.resolve("account_A.tf"), StandardCharsets.UTF_8))
                .contains("resource \"aws_iam_role\" \"writer_a\"").contains("name = \"ecs-s3-cross-account-policy\"");
        assertThat(folder.resolve("account_A.tf.bak")).exists();
    }

    private void waitUntilCompared() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !WindowDriver.onFx(() -> open.vm.comparison().computingProperty().get())
                        && WindowDriver.onFx(() -> open.vm.comparison().result()) != null);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
