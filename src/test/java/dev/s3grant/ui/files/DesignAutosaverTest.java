package dev.s3grant.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.Autosave;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.ui.DesignerSession;
import dev.s3grant.ui.background.ManualDebouncer;
import dev.s3grant.ui.background.SameThreadBackgroundWork;
import dev.s3grant.ui.dialogs.DiscardChoice;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.settings.MemorySettingsStore;
import dev.s3grant.ui.settings.UiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing of the user's is lost: the autosave follows unsaved changes and is offered back after a crash. */
class DesignAutosaverTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final ManualDebouncer debouncer = new ManualDebouncer();

    private final java.util.List<Autosave> claimed = new java.util.ArrayList<>();

    private Autosave store() {
        return new Autosave(dir.resolve("data"));
    }

    @org.junit.jupiter.api.AfterEach
    void releaseLocks() {
        claimed.forEach(Autosave::release);
    }

    private DesignerSession vm(Language language) {
        return new DesignerSession(DesignFiles.example(), new FacadeEvaluator(), new SameThreadBackgroundWork(), dialogs,
                new UiSettings(new MemorySettingsStore(), Locale.US), new UiText(language));
    }

    private DesignerSession started() {
        DesignerSession vm = vm(Language.EN);
        Autosave store = store();
        claimed.add(store);
        vm.files().startAutosave(store, debouncer);
        return vm;
    }

    @Test
    void anEditIsAutosavedOnlyOnceTheQuietPeriodEnds() throws InputException {
        DesignerSession vm = started();

        vm.editor().forms().region().setValue("eu-west-1");
        vm.editor().forms().region().setValue("eu-west-2");

        assertThat(store().exists()).isFalse();
        assertThat(debouncer.isWaiting()).isTrue();
        debouncer.fire();
        assertThat(store().read().orElseThrow().design()).isEqualTo(vm.editor().design());
        assertThat(store().read().orElseThrow().source()).isEmpty();
    }

    @Test
    void savingRemovesTheAutosaveAndTheNextEditWritesItWithTheFileItBelongsTo() throws InputException {
        DesignerSession vm = started();
        vm.editor().forms().region().setValue("eu-west-1");
        debouncer.fire();
        dialogs.fileToSave = dir.resolve("grant.json");

        vm.files().save();

        assertThat(store().exists()).isFalse();
        assertThat(debouncer.isWaiting()).isFalse();
        vm.editor().forms().region().setValue("us-east-2");
        debouncer.fire();
        assertThat(store().read().orElseThrow().source()).contains(dir.resolve("grant.json").toAbsolutePath());
    }

    @Test
    void undoingBackToTheSavedDesignRemovesTheAutosave() {
        DesignerSession vm = started();
        vm.editor().forms().region().setValue("eu-west-1");
        debouncer.fire();

        vm.editor().undo();

        assertThat(vm.files().isDirty()).isFalse();
        assertThat(store().exists()).isFalse();
    }

    @Test
    void aCleanQuitRemovesTheAutosaveAndCancelKeepsIt() {
        DesignerSession vm = started();
        vm.editor().forms().region().setValue("eu-west-1");
        debouncer.fire();

        dialogs.discardChoice = DiscardChoice.CANCEL;
        assertThat(vm.files().quit()).isFalse();
        assertThat(store().exists()).isTrue();

        dialogs.discardChoice = DiscardChoice.DISCARD;
        assertThat(vm.files().quit()).isTrue();
        assertThat(dialogs.askedToSave).hasSize(2);
        assertThat(store().exists()).isFalse();
    }

    @Test
    void aQuitWhileTheQuietPeriodRunsWritesNothingAfterwards() {
        DesignerSession vm = started();
        vm.editor().forms().region().setValue("eu-west-1");
        dialogs.discardChoice = DiscardChoice.DISCARD;

        vm.files().quit();
        debouncer.fire();

        assertThat(store().exists()).isFalse();
    }

    @Test
    void anAutosaveLeftBehindIsOfferedAndRestoreBringsTheEditedDesignBackUnsaved() throws Exception {
        Path file = dir.resolve("grant.json");
        DesignFiles.save(DesignFiles.example(), file);
        Design edited = DesignFiles.example().withRegion("eu-west-1");
        store().write(edited, Optional.of(file));

        DesignerSession vm = started();

        assertThat(dialogs.restoreOffers).containsExactly("ecs-to-central-ingest");
        assertThat(vm.editor().design()).isEqualTo(edited);
        assertThat(vm.editor().forms().region().valueProperty().get()).isEqualTo("eu-west-1");
        assertThat(vm.files().fileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(vm.files().isDirty()).isTrue();
        assertThat(vm.files().titleProperty().get()).isEqualTo("* ecs-to-central-ingest (grant.json) — S3 Grant Designer");
        assertThat(store().exists()).as("kept until the restored changes are saved or the window quits").isTrue();
        vm.editor().undo();
        assertThat(vm.editor().design()).as("restoring is not an undo step").isEqualTo(edited);

        vm.files().save();
        assertThat(DesignFiles.load(file)).isEqualTo(edited);
        assertThat(store().exists()).isFalse();
    }

    @Test
    void discardingTheOfferRemovesTheAutosaveAndKeepsTheDesignOpened() throws Exception {
        store().write(DesignFiles.example().withRegion("eu-west-1"), Optional.empty());
        dialogs.restoreAutosave = false;

        DesignerSession vm = started();

        assertThat(dialogs.restoreOffers).hasSize(1);
        assertThat(vm.editor().design()).isEqualTo(DesignFiles.example());
        assertThat(vm.files().isDirty()).isFalse();
        assertThat(store().exists()).isFalse();
    }

    @Test
    void withoutAnAutosaveNothingIsOffered() {
        started();

        assertThat(dialogs.restoreOffers).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBrokenAutosaveIsReportedInTheUsersLanguageAndSetAside() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(store().file(), "{ \"formatVersion\": 1,");

        DesignerSession vm = vm(Language.JA);
        Autosave store = store();
        claimed.add(store);
        vm.files().startAutosave(store, debouncer);

        assertThat(dialogs.restoreOffers).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().contains("autosave.json:1:").doesNotContain("Exception");
        assertThat(store().exists()).isFalse();
        assertThat(dir.resolve("data").resolve("autosave.broken.json")).exists();
        assertThat(vm.editor().design()).isEqualTo(DesignFiles.example());
    }

    @Test
    void anAutosaveThatCannotBeWrittenIsReportedOnceNotOnEveryChange() throws Exception {
        Files.writeString(dir.resolve("data"), "a file where the folder should be");
        DesignerSession vm = started();

        vm.editor().forms().region().setValue("eu-west-1");
        debouncer.fire();
        vm.editor().forms().region().setValue("eu-west-2");
        debouncer.fire();

        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("Your changes are not being autosaved");
    }

    @Test
    void aSecondWindowRunningAtTheSameTimeNeitherOffersNorTouchesTheFirstOnesAutosave() throws InputException {
        DesignerSession first = started();
        first.editor().forms().region().setValue("eu-west-1");
        debouncer.fire();
        ManualDebouncer secondDebouncer = new ManualDebouncer();
        DesignerSession second = vm(Language.EN);

        second.files().startAutosave(store(), secondDebouncer);
        second.editor().forms().region().setValue("us-east-2");
        secondDebouncer.fire();
        dialogs.discardChoice = DiscardChoice.DISCARD;
        assertThat(second.files().quit()).isTrue();

        assertThat(dialogs.restoreOffers).isEmpty();
        assertThat(store().read().orElseThrow().design()).isEqualTo(first.editor().design());
    }
}
