package dev.s3grant.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.Autosave;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.ManualDebouncer;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.i18n.UiText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autosaver needs only an {@link AutosavedDocument}: no view-model, no window, no toolkit. */
class AutosaverOfAnyDocumentTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final ManualDebouncer debouncer = new ManualDebouncer();
    private final PlainDocument document = new PlainDocument();
    private Autosave storeIn(Path folder) {
        return new Autosave(folder.resolve("data"));
    }

    private final List<Autosave> claimed = new ArrayList<>();

    @AfterEach
    void release() {
        claimed.forEach(Autosave::release);
    }

    private DesignAutosaver started() {
        Autosave claimedStore = storeIn(dir);
        claimed.add(claimedStore);
        DesignAutosaver autosaver = new DesignAutosaver(claimedStore, debouncer, document, dialogs, new UiText(Language.EN));
        autosaver.start();
        return autosaver;
    }

    @Test
    void aChangeOfTheDocumentIsWrittenWithItsFileOnceTheQuietPeriodEnds() throws InputException {
        started();
        Design edited = DesignFiles.example().withRegion("eu-west-1");

        document.change(edited, true, dir.resolve("grant.json"));
        assertThat(storeIn(dir).exists()).isFalse();
        debouncer.fire();

        Autosave.Autosaved written = storeIn(dir).read().orElseThrow();
        assertThat(written.design()).isEqualTo(edited);
        assertThat(written.source()).contains(dir.resolve("grant.json").toAbsolutePath());
    }

    @Test
    void aDocumentWithNothingUnsavedRemovesTheAutosave() {
        started();
        document.change(DesignFiles.example().withRegion("eu-west-1"), true, null);
        debouncer.fire();
        assertThat(storeIn(dir).exists()).isTrue();

        document.change(DesignFiles.example(), false, null);

        assertThat(storeIn(dir).exists()).isFalse();
        assertThat(debouncer.isWaiting()).isFalse();
    }

    @Test
    void anAutosaveLeftBehindIsHandedToTheDocumentToRestore() throws InputException {
        Design edited = DesignFiles.example().withRegion("eu-west-2");
        storeIn(dir).write(edited, Optional.of(dir.resolve("grant.json")));

        started();

        assertThat(dialogs.restoreOffers).containsExactly("ecs-to-central-ingest");
        assertThat(document.restored).containsExactly(edited);
        assertThat(document.restoredFrom).containsExactly(Optional.of(dir.resolve("grant.json").toAbsolutePath()));
    }

    @Test
    void aCleanExitRemovesTheAutosaveAndStopsFollowing() {
        DesignAutosaver autosaver = started();
        document.change(DesignFiles.example().withRegion("eu-west-1"), true, null);
        debouncer.fire();

        autosaver.cleanExit();

        assertThat(storeIn(dir).exists()).isFalse();
        assertThat(debouncer.isWaiting()).isFalse();
    }

    /** A document kept in plain fields, telling its listeners when the test changes it. */
    private static final class PlainDocument implements AutosavedDocument {

        private Design design = DesignFiles.example();
        private boolean dirty;
        private Path file;
        private final List<Runnable> listeners = new ArrayList<>();
        final List<Design> restored = new ArrayList<>();
        final List<Optional<Path>> restoredFrom = new ArrayList<>();

        void change(Design d, boolean unsaved, Path path) {
            design = d;
            dirty = unsaved;
            file = path;
            listeners.forEach(Runnable::run);
        }

        @Override public Design design() { return design; }
        @Override public Optional<Path> file() { return Optional.ofNullable(file); }
        @Override public boolean isDirty() { return dirty; }
        @Override public void onChange(Runnable listener) { listeners.add(listener); }

        @Override
        public void restore(Design d, Optional<Path> source) {
            restored.add(d);
            restoredFrom.add(source);
        }
    }
}
