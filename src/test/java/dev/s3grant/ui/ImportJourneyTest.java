package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.ui.dialogs.FakeDialogs;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The journey of File › Import from Terraform…, headless. */
@ExtendWith(ApplicationExtension.class)
class ImportJourneyTest {

    static final Path ORIGINAL = Path.of("src/test/resources/import/original").toAbsolutePath();

    private final FakeDialogs dialogs = new FakeDialogs();
    private ExampleWindow open;
    private DesignerSession vm;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, dialogs, 1240, 780, model -> {
            DesignerWindow made = new DesignerWindow(model, dialogs, url -> { }, () -> { });
            made.install(stage);
            return made;
        });
        vm = open.vm;
    }

    @AfterEach
    void stop() {
        open.close();
    }

    @Test
    void importingTheOriginalConversationFillsTheFormListsWhatItCannotSayAndComparesWithTheFolder(FxRobot robot)
            throws TimeoutException {
        WindowDriver ui = open.driver(robot);
        dialogs.terraformFolder = ORIGINAL;

        ui.menu("menu-import-terraform");
        ui.settle();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !onFx(() -> vm.comparison().computingProperty().get()));

        Design design = onFx(() -> vm.editor().design());
        assertThat(design.bucket().name()).isEqualTo("cross-account-bucket-222222222222");
        assertThat(design.writers()).extracting(w -> w.roleName()).containsExactly("ecs-cross-account-s3-role");
        assertThat(dialogs.infos).hasSize(1);
        assertThat(dialogs.infos.get(0)).contains("account_A.tf:22", "s3:PutObjectAcl");
        assertThat(onFx(() -> vm.comparison().againstProperty().get())).isEqualTo(ORIGINAL);
        assertThat(onFx(() -> vm.files().dirtyProperty().get())).isTrue();
    }
}
