package dev.s3grant.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.OutputFile;
import dev.s3grant.app.ProblemText;
import dev.s3grant.diff.ChangeLabel;
import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.FileDiff;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.SameThreadBackgroundWork;
import dev.s3grant.ui.dialogs.DiscardChoice;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.editing.DesignerViewModel;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.preview.PreviewDocument;
import dev.s3grant.ui.settings.MemorySettingsStore;
import dev.s3grant.ui.settings.UiSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File commands in plain JUnit: background work runs on the test thread, dialogs are scripted. */
class FileCommandsTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final MemorySettingsStore store = new MemorySettingsStore();
    private final Map<FileCommands, DesignerViewModel> editors = new IdentityHashMap<>();

    private FileCommands files(Language language) {
        UiText text = new UiText(language);
        SameThreadBackgroundWork work = new SameThreadBackgroundWork();
        FacadeEvaluator evaluator = new FacadeEvaluator();
        DesignerViewModel editor = new DesignerViewModel(DesignFiles.example(), evaluator, work, text);
        FileCommands commands = new FileCommands(editor, evaluator, work, dialogs, new UiSettings(store, Locale.US), text);
        editors.put(commands, editor);
        return commands;
    }

    private DesignerViewModel editorOf(FileCommands commands) {
        return editors.get(commands);
    }

    private final FileCommands files = files(Language.EN);
    private final DesignerViewModel vm = editorOf(files);

    @Test
    void theTitleNamesTheDesignAndMarksUnsavedChanges() {
        assertThat(files.isDirty()).isFalse();
        assertThat(files.titleProperty().get()).isEqualTo("ecs-to-central-ingest — S3 Grant Designer");
        vm.forms().bucketName().setValue("other-bucket");
        assertThat(files.isDirty()).isTrue();
        assertThat(files.titleProperty().get()).isEqualTo("* ecs-to-central-ingest — S3 Grant Designer");
    }

    @Test
    void undoingBackToTheSavedDesignClearsTheUnsavedMark() {
        vm.forms().bucketName().setValue("o");
        vm.forms().bucketName().setValue("ot");
        assertThat(files.isDirty()).isTrue();
        vm.undo();
        assertThat(files.isDirty()).isFalse();
        vm.redo();
        assertThat(files.isDirty()).isTrue();
    }

    @Test
    void theUntitledNameFollowsTheLanguage() {
        vm.forms().name().setValue("");
        assertThat(files.titleProperty().get()).isEqualTo("* Untitled — S3 Grant Designer");
        vm.text().languageProperty().set(Language.JA);
        assertThat(files.titleProperty().get()).isEqualTo("* 無題 — S3 Grant Designer");
    }

    @Test
    void aDesignReadAlreadyFromItsFileIsOpenedAsLoadingTheFileWould() throws InputException {
        Design other = DesignFiles.example().withName("read-ahead");
        Path file = dir.resolve("read-ahead.s3grant.json");
        DesignFiles.save(other, file);

        files.opened(other, file);

        assertThat(vm.design()).isSameAs(other);
        assertThat(files.isDirty()).isFalse();
        assertThat(files.titleProperty().get()).isEqualTo("read-ahead (read-ahead.s3grant.json) — S3 Grant Designer");
        assertThat(files.recentFiles()).containsExactly(file);
    }

    @Test
    void openingAFileHoldingTheDesignShownClearsTheUnsavedMark() throws InputException {
        vm.forms().region().setValue("eu-west-1");
        DesignFiles.save(vm.design(), dir.resolve("same.json"));
        assertThat(files.isDirty()).isTrue();
        assertThat(files.load(dir.resolve("same.json"))).isTrue();
        assertThat(files.isDirty()).isFalse();
        assertThat(files.titleProperty().get()).isEqualTo("ecs-to-central-ingest (same.json) — S3 Grant Designer");
    }

    @Test
    void newWithUnsavedChangesAsksFirstAndCancelKeepsTheDesign() {
        vm.forms().region().setValue("eu-west-1");
        dialogs.discardChoice = DiscardChoice.CANCEL;
        files.newDesign();
        assertThat(dialogs.askedToSave).containsExactly("ecs-to-central-ingest");
        assertThat(vm.design().region()).isEqualTo("eu-west-1");
    }

    @Test
    void newWithUnsavedChangesDiscardedStartsFromABlankDesign() {
        vm.forms().region().setValue("eu-west-1");
        dialogs.discardChoice = DiscardChoice.DISCARD;
        files.newDesign();
        assertThat(vm.design()).isEqualTo(DesignDefaults.blankDesign());
        assertThat(vm.forms().region().getValue()).isEqualTo("us-east-1");
        assertThat(files.isDirty()).isFalse();
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.output().documents()).extracting(PreviewDocument::path).contains("policies/A-trust-policy.json");
    }

    @Test
    void newWithUnsavedChangesSavedFirstWritesTheFile() throws InputException {
        vm.forms().region().setValue("eu-west-1");
        dialogs.discardChoice = DiscardChoice.SAVE;
        dialogs.fileToSave = dir.resolve("kept.json");
        files.newDesign();
        assertThat(DesignFiles.load(dir.resolve("kept.json")).region()).isEqualTo("eu-west-1");
        assertThat(vm.design()).isEqualTo(DesignDefaults.blankDesign());
    }

    @Test
    void newWithoutChangesDoesNotAsk() {
        files.newDesign();
        assertThat(dialogs.askedToSave).isEmpty();
        assertThat(vm.design()).isEqualTo(DesignDefaults.blankDesign());
    }

    @Test
    void savingAndReopeningGivesTheSameDesign() {
        vm.forms().bucketName().setValue("round-trip-bucket");
        vm.forms().addWriter();
        dialogs.fileToSave = dir.resolve("grant.json");
        assertThat(files.save()).isTrue();
        Design saved = vm.design();
        assertThat(files.isDirty()).isFalse();
        assertThat(files.titleProperty().get()).isEqualTo("ecs-to-central-ingest (grant.json) — S3 Grant Designer");

        FileCommands other = files(Language.EN);
        dialogs.fileToOpen = dir.resolve("grant.json");
        other.open();
        assertThat(other.design()).isEqualTo(saved);
        assertThat(editorOf(other).forms().writers()).hasSize(2);
        assertThat(editorOf(other).forms().bucketName().getValue()).isEqualTo("round-trip-bucket");
        assertThat(other.recentFiles()).containsExactly(dir.resolve("grant.json").toAbsolutePath());
    }

    @Test
    void aFileThatCannotBeLoadedIsReportedInTheUsersLanguageAndChangesNothing() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"formatVersion\": 1, ", StandardCharsets.UTF_8);
        FileCommands ja = files(Language.JA);
        dialogs.fileToOpen = broken;
        ja.open();
        String expected;
        try {
            DesignFiles.load(broken);
            throw new AssertionError("the file should not load");
        } catch (InputException e) {
            expected = ProblemText.describe(e.problem(), Language.JA);
        }
        assertThat(dialogs.errors).containsExactly(expected);
        assertThat(expected).doesNotContain("Exception").contains("broken.json:1:");
        assertThat(ja.design()).isEqualTo(DesignFiles.example());
    }

    @Test
    void aRecentFileThatIsGoneIsReportedAndDroppedFromTheList() {
        dialogs.fileToSave = dir.resolve("gone.json");
        files.saveAs();
        assertThat(files.recentFiles()).containsExactly(dir.resolve("gone.json").toAbsolutePath());
        dir.resolve("gone.json").toFile().delete();
        files.openRecent(dir.resolve("gone.json").toAbsolutePath());
        assertThat(dialogs.errors).singleElement().asString().contains("gone.json");
        assertThat(files.recentFiles()).isEmpty();
        assertThat(new UiSettings(store, Locale.US).recentFiles()).isEmpty();
    }

    @Test
    void exportWritesExactlyTheFilesOfGenerateAfterShowingThePlan() throws IOException {
        Path out = dir.resolve("out");
        dialogs.exportFolder = out;
        files.exportTerraform();
        List<OutputFile> files = GrantDesigner.artifacts(DesignFiles.example()).files();
        assertThat(dialogs.exportPlans).singleElement()
                .satisfies(p -> assertThat(p.created()).containsExactlyElementsOf(files.stream().map(OutputFile::relativePath).toList()));
        for (OutputFile f : files) {
            assertThat(Files.readAllBytes(out.resolve(f.relativePath())))
                    .isEqualTo(f.content().getBytes(StandardCharsets.UTF_8));
        }
        assertThat(dialogs.infos).hasSize(1);
    }

    @Test
    void exportListsOverwrittenFilesAndKeepsTheirOldVersion() throws IOException {
        Path out = dir.resolve("out");
        dialogs.exportFolder = out;
        files.exportTerraform();
        vm.forms().bucketName().setValue("changed-bucket");
        files.exportTerraform();
        assertThat(dialogs.exportPlans.get(1).changed()).contains("policies/bucket-policy.json");
        assertThat(Files.readString(out.resolve("policies/bucket-policy.json"))).contains("changed-bucket");
        assertThat(Files.readString(out.resolve("policies/bucket-policy.json.bak"))).contains("central-ingest-222222222222");
    }

    @Test
    void exportOverChangedFilesShowsWhatChangesInEachBeforeWriting() throws IOException {
        Path out = dir.resolve("out");
        dialogs.exportFolder = out;
        files.exportTerraform();
        assertThat(dialogs.exportDiffs.get(0).files()).as("nothing is overwritten the first time").isEmpty();

        vm.forms().orgGuard().setValue(false);
        dialogs.confirmExports = false;
        files.exportTerraform();

        DiffResult overwrites = dialogs.exportDiffs.get(1);
        assertThat(overwrites.files()).extracting(FileDiff::path)
                .containsExactlyInAnyOrderElementsOf(dialogs.exportPlans.get(1).changed())
                .contains("account_B.tf", "policies/bucket-policy.json");
        FileDiff policy = overwrites.file("policies/bucket-policy.json").orElseThrow();
        assertThat(policy.oldName()).isEqualTo(out.resolve("policies/bucket-policy.json").toString());
        assertThat(policy.label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
        assertThat(policy.blocks().get(0).access()).anySatisfy(c -> assertThat(c.conditions())
                .anySatisfy(cond -> assertThat(cond.key()).isEqualTo("aws:PrincipalOrgID")));
        assertThat(Files.readString(out.resolve("policies/bucket-policy.json"))).as("cancelled: nothing written")
                .contains("aws:PrincipalOrgID");
    }

    @Test
    void cancellingTheExportWritesNothing() {
        Path out = dir.resolve("out");
        dialogs.exportFolder = out;
        dialogs.confirmExports = false;
        files.exportTerraform();
        assertThat(out).doesNotExist();
        assertThat(dialogs.infos).isEmpty();
    }

    @Test
    void quittingWithUnsavedChangesAsksAndCancelStops() {
        assertThat(files.confirmDiscard()).isTrue();
        vm.forms().orgGuard().setValue(false);
        dialogs.discardChoice = DiscardChoice.CANCEL;
        assertThat(files.confirmDiscard()).isFalse();
        dialogs.discardChoice = DiscardChoice.DISCARD;
        assertThat(files.confirmDiscard()).isTrue();
    }
}
