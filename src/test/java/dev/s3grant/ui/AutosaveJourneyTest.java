package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.Autosave;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.ExecutorBackgroundWork;
import dev.s3grant.ui.background.FxDebouncer;
import dev.s3grant.ui.dialogs.DiscardChoice;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.files.DesignAutosaver;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.settings.MemorySettingsStore;
import dev.s3grant.ui.settings.UiSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
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
 * Nothing of the user's is lost, as a user lives it: an edit is autosaved after a (shortened)
 * quiet period, a restart after a crash offers it back, Restore brings the edit back, and a clean
 * Quit removes the autosave.
 */
@ExtendWith(ApplicationExtension.class)
class AutosaveJourneyTest {

    @TempDir
    Path dir;

    private Stage stage;
    private final List<ExecutorBackgroundWork> works = new ArrayList<>();
    private final AtomicInteger exits = new AtomicInteger();

    /** One run of the window: its view-model, its window and its scripted dialogs. */
    private record Session(DesignerSession vm, DesignerWindow window, FakeDialogs dialogs, Autosave store) {
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        System.setProperty(DesignAutosaver.DELAY_PROPERTY, "150");
    }

    private final List<Session> sessions = new ArrayList<>();

    @AfterEach
    void stop() {
        sessions.forEach(s -> s.store().release());
        System.clearProperty(DesignAutosaver.DELAY_PROPERTY);
        works.forEach(ExecutorBackgroundWork::close);
    }

    private Autosave store() {
        return new Autosave(dir.resolve("data"));
    }

    /** Starts the window as {@code DesignerApp} does: on the example, autosaving into the test's folder. */
    private Session launch(FakeDialogs dialogs) {
        return onFx(() -> {
            ExecutorBackgroundWork work = new ExecutorBackgroundWork("test-preview", 1, Platform::runLater);
            works.add(work);
            DesignerSession vm = new DesignerSession(DesignFiles.example(), new FacadeEvaluator(), work, dialogs,
                    new UiSettings(new MemorySettingsStore(), Locale.US), new UiText(Language.EN));
            DesignerWindow window = new DesignerWindow(vm, dialogs, url -> { }, exits::incrementAndGet);
            stage.setScene(window.createScene(1200, 760));
            window.install(stage);
            stage.show();
            Autosave store = store();
            vm.files().startAutosave(store, new FxDebouncer(DesignAutosaver.quietPeriod()));
            Session session = new Session(vm, window, dialogs, store);
            sessions.add(session);
            return session;
        });
    }

    @Test
    void anEditIsAutosavedARestartOffersItRestoreBringsItBackAndACleanQuitRemovesIt(FxRobot robot) throws Exception {
        Session first = launch(new FakeDialogs());
        WindowDriver ui = new WindowDriver(robot, first.window(), first.vm());
        ui.settle();
        assertThat(first.dialogs().restoreOffers).isEmpty();

        ui.retype("region", "eu-west-1");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store().exists());
        Design edited = onFx(() -> first.vm().editor().design());
        assertThat(edited.region()).isEqualTo("eu-west-1");
        assertThat(store().read().orElseThrow().design()).isEqualTo(edited);

        // the process dies here: no Quit, the autosave stays; the system drops the process's lock
        first.store().release();
        FakeDialogs afterCrash = new FakeDialogs();
        afterCrash.restoreAutosave = true;
        Session second = launch(afterCrash);
        WindowDriver restarted = new WindowDriver(robot, second.window(), second.vm());
        restarted.settle();

        assertThat(afterCrash.restoreOffers).containsExactly("ecs-to-central-ingest");
        assertThat(onFx(() -> second.vm().editor().design())).isEqualTo(edited);
        assertThat(restarted.textField("region").getText()).isEqualTo("eu-west-1");
        assertThat(restarted.tabText("account_A.tf")).isNotEmpty();
        assertThat(onFx(() -> second.vm().files().titleProperty().get())).startsWith("* ");

        afterCrash.discardChoice = DiscardChoice.DISCARD;
        restarted.menu("menu-quit");

        assertThat(afterCrash.askedToSave).containsExactly("ecs-to-central-ingest");
        assertThat(exits.get()).isEqualTo(1);
        assertThat(store().exists()).isFalse();
    }

    @Test
    void savingRemovesTheAutosaveAtOnce(FxRobot robot) throws InputException {
        FakeDialogs dialogs = new FakeDialogs();
        Session session = launch(dialogs);
        WindowDriver ui = new WindowDriver(robot, session.window(), session.vm());
        ui.settle();
        ui.retype("region", "eu-west-1");
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store().exists());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no autosave was written", e);
        }

        dialogs.fileToSave = dir.resolve("grant.json");
        ui.shortcut(javafx.scene.input.KeyCode.S, false);

        assertThat(store().exists()).isFalse();
        assertThat(DesignFiles.load(dir.resolve("grant.json")).region()).isEqualTo("eu-west-1");
    }
}
