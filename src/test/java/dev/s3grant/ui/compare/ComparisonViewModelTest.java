package dev.s3grant.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.diff.AccessChange;
import dev.s3grant.diff.BlockChange;
import dev.s3grant.diff.ChangeLabel;
import dev.s3grant.diff.ChangeTexts;
import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.FileDiff;
import dev.s3grant.diff.FilePresence;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import dev.s3grant.ui.DesignerSession;
import dev.s3grant.ui.background.QueuedBackgroundWork;
import dev.s3grant.ui.background.BackgroundWork;
import dev.s3grant.ui.background.SameThreadBackgroundWork;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.app.ExportContent;
import dev.s3grant.model.Design;
import dev.s3grant.ui.output.DesignEvaluator;
import dev.s3grant.ui.output.DesignerOutput;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.settings.MemorySettingsStore;
import dev.s3grant.ui.settings.UiSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Compare with…: the design's Terraform against existing files, in plain JUnit. */
class ComparisonViewModelTest {

    static final Path ORIGINAL_B = Path.of("src/test/resources/diff/original/account_B.tf");

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();

    private DesignerSession vm(BackgroundWork work, Language language) {
        return new DesignerSession(DesignFiles.example(), new FacadeEvaluator(), work, dialogs,
                new UiSettings(new MemorySettingsStore(), Locale.US), new UiText(language));
    }

    private final DesignerSession vm = vm(new SameThreadBackgroundWork(), Language.EN);

    private Path folderWithOriginalB() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("repo"));
        Files.copy(ORIGINAL_B, folder.resolve("account_B.tf"));
        return folder;
    }

    /** The summary of a file as the Diff tab words it: each block, then each access change line. */
    static List<String> summary(FileDiff file) {
        ChangeTexts texts = new ChangeTexts(Localizer.of(Language.EN));
        List<String> lines = new ArrayList<>();
        for (BlockChange block : file.blocks()) {
            lines.add(texts.block(block));
            for (AccessChange access : block.access()) {
                lines.addAll(texts.access(access));
            }
        }
        return lines;
    }

    private FileDiff accountB() {
        return vm.comparison().result().file("account_B.tf").orElseThrow();
    }

    @Test
    void comparingWithAFolderHoldingTheOriginalAccountBShowsItsAccessChanges() throws IOException {
        Path folder = folderWithOriginalB();
        dialogs.terraformFolder = folder;

        vm.comparison().compareWithFolder();

        ComparisonViewModel comparison = vm.comparison();
        assertThat(comparison.againstProperty().get()).isEqualTo(folder);
        assertThat(comparison.startedProperty().get()).isEqualTo(1);
        assertThat(comparison.computingProperty().get()).isFalse();
        assertThat(comparison.result().files()).extracting(FileDiff::path)
                .containsExactly("account_A.tf", "account_B.tf", "variables.tf");
        assertThat(comparison.result().file("account_A.tf").orElseThrow().presence()).isEqualTo(FilePresence.NEW_ONLY);
        assertThat(accountB().label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
        assertThat(summary(accountB()))
                .contains("resource.aws_s3_bucket_policy.main: access changed", "removes s3:PutObjectAcl")
                .anySatisfy(line -> assertThat(line).startsWith("adds the condition aws:PrincipalOrgID"));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aDesignChangeComparesAgainWithoutRereadingTheFiles() throws IOException {
        Path folder = folderWithOriginalB();
        vm.comparison().compareWith(folder);
        Files.writeString(folder.resolve("account_B.tf"), "# emptied on disk\n");

        vm.editor().forms().orgGuard().setValue(false);

        assertThat(summary(accountB())).contains("removes s3:PutObjectAcl")
                .noneSatisfy(line -> assertThat(line).contains("aws:PrincipalOrgID"));
        assertThat(vm.comparison().startedProperty().get()).as("the tab is not brought forward on each keystroke").isEqualTo(1);

        vm.comparison().reload();

        assertThat(summary(accountB())).doesNotContain("removes s3:PutObjectAcl");
        assertThat(vm.comparison().startedProperty().get()).isEqualTo(2);
    }

    /** The façade behind the window, counting how often it generates a design's files. */
    static final class CountingEvaluator implements DesignEvaluator {
        private final FacadeEvaluator facade = new FacadeEvaluator();
        int generations;

        @Override
        public DesignerOutput evaluate(Design design) {
            generations++;
            return facade.evaluate(design);
        }

        @Override
        public Map<String, String> exportFiles(Design design) {
            generations++;
            return facade.exportFiles(design);
        }

        @Override
        public ExportContent export(Design design) {
            generations++;
            return facade.export(design);
        }
    }

    @Test
    void aKeystrokeDuringAComparisonGeneratesTheDesignOnceAndComparesThePreviewsFiles() throws IOException {
        CountingEvaluator counting = new CountingEvaluator();
        DesignerSession session = new DesignerSession(DesignFiles.example(), counting, new SameThreadBackgroundWork(),
                dialogs, new UiSettings(new MemorySettingsStore(), Locale.US), new UiText(Language.EN));
        int beforeComparing = counting.generations;

        session.comparison().compareWith(folderWithOriginalB());

        assertThat(counting.generations).as("starting a comparison reuses the preview's output").isEqualTo(beforeComparing);
        counting.generations = 0;

        session.editor().forms().orgGuard().setValue(false);

        assertThat(counting.generations).as("one keystroke, one generation").isEqualTo(1);
        assertThat(summary(session.comparison().result().file("account_B.tf").orElseThrow()))
                .contains("removes s3:PutObjectAcl")
                .noneSatisfy(line -> assertThat(line).contains("aws:PrincipalOrgID"));
    }

    @Test
    void comparingWithOneFileComparesOnlyTheGeneratedFileOfThatName() {
        dialogs.terraformFile = ORIGINAL_B;

        vm.comparison().compareWithFile();

        assertThat(vm.comparison().result().files()).extracting(FileDiff::path).containsExactly("account_B.tf");
    }

    @Test
    void aTfFileWithASyntaxErrorStillShowsTheTextDiffAndWhereTheErrorIs() throws IOException {
        Path broken = Files.writeString(dir.resolve("account_B.tf"),
                Files.readString(ORIGINAL_B).replace("resource \"aws_s3_bucket\" \"main\" {", "resource \"aws_s3_bucket\" \"main\" {{"));

        vm.comparison().compareWith(broken);

        FileDiff file = accountB();
        assertThat(file.text().hasChanges()).isTrue();
        assertThat(file.text().unified()).isNotEmpty();
        assertThat(file.oldErrors()).isNotEmpty();
        assertThat(file.oldErrors().get(0).range().startLine()).isEqualTo(2);
        assertThat(new ChangeTexts(Localizer.of(Language.EN)).error(file.oldName(), file.oldErrors().get(0)))
                .startsWith(broken + ":2:");
        assertThat(file.identicalInMeaning()).isFalse();
    }

    @Test
    void aMissingPathIsReportedInTheUsersLanguageAndNothingIsCompared() {
        DesignerSession ja = vm(new SameThreadBackgroundWork(), Language.JA);
        Path missing = dir.resolve("no-such-folder");

        ja.comparison().compareWith(missing);

        assertThat(dialogs.errors).containsExactly(Localizer.of(Language.JA).format("file.notFound", missing.toString()));
        assertThat(dialogs.errors.get(0)).contains("no-such-folder").doesNotContain("Exception");
        assertThat(ja.comparison().againstProperty().get()).isNull();
        assertThat(ja.comparison().result()).isNull();
        assertThat(ja.comparison().computingProperty().get()).isFalse();
    }

    @Test
    void aBinaryTfFileInTheFolderIsReportedAndTheEarlierComparisonStays() throws IOException {
        Path good = folderWithOriginalB();
        vm.comparison().compareWith(good);
        DiffResult before = vm.comparison().result();
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.write(bad.resolve("main.tf"), new byte[] {'x', 0, 'y'});

        vm.comparison().compareWith(bad);

        assertThat(dialogs.errors).containsExactly(Localizer.of(Language.EN).format("file.binary", bad.resolve("main.tf").toString()));
        assertThat(vm.comparison().againstProperty().get()).isEqualTo(good);
        assertThat(vm.comparison().result()).isSameAs(before);
        vm.editor().forms().orgGuard().setValue(false);
        assertThat(dialogs.errors).as("a design change compares with the files read before, without a new dialog").hasSize(1);
        assertThat(vm.comparison().result()).isNotSameAs(before);
    }

    @Test
    void cancellingTheChooserChangesNothing() {
        vm.comparison().compareWithFolder();

        assertThat(vm.comparison().againstProperty().get()).isNull();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void closingEndsTheComparisonAndDesignChangesNoLongerCompare() throws IOException {
        vm.comparison().compareWith(folderWithOriginalB());

        vm.comparison().close();
        vm.editor().forms().orgGuard().setValue(false);

        assertThat(vm.comparison().againstProperty().get()).isNull();
        assertThat(vm.comparison().result()).isNull();
    }

    @Test
    void onlyTheComparisonOfTheLatestDesignIsShownWhateverOrderTheWorkFinishesIn() throws IOException {
        QueuedBackgroundWork work = new QueuedBackgroundWork();
        DesignerSession queued = vm(work, Language.EN);
        work.runAll();
        queued.comparison().compareWith(folderWithOriginalB());
        queued.editor().forms().orgGuard().setValue(false);

        work.runNewestFirst();

        assertThat(summary(queued.comparison().result().file("account_B.tf").orElseThrow()))
                .contains("removes s3:PutObjectAcl")
                .noneSatisfy(line -> assertThat(line).contains("aws:PrincipalOrgID"));
        assertThat(queued.comparison().computingProperty().get()).isFalse();
    }
}
