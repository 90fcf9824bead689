package dev.s3grant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.Autosave;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.ManualDebouncer;
import dev.s3grant.ui.background.SameThreadBackgroundWork;
import dev.s3grant.ui.i18n.UiText;
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

    private DesignerViewModel vm(Language language) {
        return new DesignerViewModel(DesignFiles.example(), new FacadeEvaluator(), new SameThreadBackgroundWork(), dialogs,
                new UiSettings(new MemorySettingsStore(), Locale.US), new UiText(language));
    }

    private DesignerViewModel started() {
        DesignerViewModel vm = vm(Language.EN);
        Autosave store = store();
        claimed.add(store);
        vm.startAutosave(store, debouncer);
        return vm;
    }

    @Test
    void anEditIsAutosavedOnlyOnceTheQuietPeriodEnds() throws InputException {
        DesignerViewModel vm = started();

        vm.forms().region().setValue("eu-west-1");
        vm.forms().region().setValue("eu-west-2");

        assertThat(store().exists()).isFalse();
        assertThat(debouncer.isWaiting()).isTrue();
        debouncer.fire();
        assertThat(store().read().orElseThrow().design()).isEqualTo(vm.design());
        assertThat(store().read().orElseThrow().source()).isEmpty();
    }

    @Test
    void savingRemovesTheAutosaveAndTheNextEditWritesItWithTheFileItBelongsTo() throws InputException {
        DesignerViewModel vm = started();
        vm.forms().region().setValue("eu-west-1");
        debouncer.fire();
        dialogs.fileToSave = dir.resolve("grant.json");

        vm.save();

        assertThat(store().exists()).isFalse();
        assertThat(debouncer.isWaiting()).isFalse();
        vm.forms().region().setValue("us-east-2");
        debouncer.fire();
        assertThat(store().read().orElseThrow().source()).contains(dir.resolve("grant.json").toAbsolutePath());
    }

    @Test
    void undoingBackToTheSavedDesignRemovesTheAutosave() {
        DesignerViewModel vm = started();
        vm.forms().region().setValue("eu-west-1");
        debouncer.fire();

        vm.undo();

        assertThat(vm.isDirty()).isFalse();
        assertThat(store().exists()).isFalse();
    }

    @Test
    void aCleanQuitRemovesTheAutosaveAndCancelKeepsIt() {
        DesignerViewModel vm = started();
        vm.forms().region().setValue("eu-west-1");
        debouncer.fire();

        dialogs.discardChoice = DiscardChoice.CANCEL;
        assertThat(vm.quit()).isFalse();
        assertThat(store().exists()).isTrue();

        dialogs.discardChoice = DiscardChoice.DISCARD;
        assertThat(vm.quit()).isTrue();
        assertThat(dialogs.askedToSave).hasSize(2);
        assertThat(store().exists()).isFalse();
    }

    @Test
    void aQuitWhileTheQuietPeriodRunsWritesNothingAfterwards() {
        DesignerViewModel vm = started();
        vm.forms().region().setValue("eu-west-1");
        dialogs.discardChoice = DiscardChoice.DISCARD;

        vm.quit();
        debouncer.fire();

        assertThat(store().exists()).isFalse();
    }

    @Test
    void anAutosaveLeftBehindIsOfferedAndRestoreBringsTheEditedDesignBackUnsaved() throws Exception {
        Path file = dir.resolve("grant.json");
        DesignFiles.save(DesignFiles.example(), file);
        Design edited = DesignFiles.example().withRegion("eu-west-1");
        store().write(edited, Optional.of(file));

        DesignerViewModel vm = started();

        assertThat(dialogs.restoreOffers).containsExactly("ecs-to-central-ingest");
        assertThat(vm.design()).isEqualTo(edited);
        assertThat(vm.forms().region().valueProperty().get()).isEqualTo("eu-west-1");
        assertThat(vm.fileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(vm.isDirty()).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("* ecs-to-central-ingest (grant.json) — S3 Grant Designer");
        assertThat(store().exists()).as("kept until the restored changes are saved or the window quits").isTrue();
        vm.undo();
        assertThat(vm.design()).as("restoring is not an undo step").isEqualTo(edited);

        vm.save();
        assertThat(DesignFiles.load(file)).isEqualTo(edited);
        assertThat(store().exists()).isFalse();
    }

    @Test
    void discardingTheOfferRemovesTheAutosaveAndKeepsTheDesignOpened() throws Exception {
        store().write(DesignFiles.example().withRegion("eu-west-1"), Optional.empty());
        dialogs.restoreAutosave = false;

        DesignerViewModel vm = started();

        assertThat(dialogs.restoreOffers).hasSize(1);
        assertThat(vm.design()).isEqualTo(DesignFiles.example());
        assertThat(vm.isDirty()).isFalse();
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

        DesignerViewModel vm = vm(Language.JA);
        Autosave store = store();
        claimed.add(store);
        vm.startAutosave(store, debouncer);

        assertThat(dialogs.restoreOffers).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().contains("autosave.json:1:").doesNotContain("Exception");
        assertThat(store().exists()).isFalse();
        assertThat(dir.resolve("data").resolve("autosave.broken.json")).exists();
        assertThat(vm.design()).isEqualTo(DesignFiles.example());
    }

    @Test
    void anAutosaveThatCannotBeWrittenIsReportedOnceNotOnEveryChange() throws Exception {
        Files.writeString(dir.resolve("data"), "a file where the folder should be");
        DesignerViewModel vm = started();

        vm.forms().region().setValue("eu-west-1");
        debouncer.fire();
        vm.forms().region().setValue("eu-west-2");
        debouncer.fire();

        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("Your changes are not being autosaved");
    }

    @Test
    void aSecondWindowRunningAtTheSameTimeNeitherOffersNorTouchesTheFirstOnesAutosave() throws InputException {
        DesignerViewModel first = started();
        first.forms().region().setValue("eu-west-1");
        debouncer.fire();
        ManualDebouncer secondDebouncer = new ManualDebouncer();
        DesignerViewModel second = vm(Language.EN);

        second.startAutosave(store(), secondDebouncer);
        second.forms().region().setValue("us-east-2");
        secondDebouncer.fire();
        dialogs.discardChoice = DiscardChoice.DISCARD;
        assertThat(second.quit()).isTrue();

        assertThat(dialogs.restoreOffers).isEmpty();
        assertThat(store().read().orElseThrow().design()).isEqualTo(first.design());
    }
}
