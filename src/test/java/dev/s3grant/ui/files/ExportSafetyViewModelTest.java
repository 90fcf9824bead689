package dev.s3grant.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.ExportPlan;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.model.Writer;
import dev.s3grant.ui.DesignerSession;
import dev.s3grant.ui.background.SameThreadBackgroundWork;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.settings.MemorySettingsStore;
import dev.s3grant.ui.settings.UiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's Export never writes a broken grant silently: it lists the design's errors and asks
 * first (Cancel by default), and it removes the files an earlier export wrote that the design no
 * longer produces when the user agrees. Plain JUnit: scripted dialogs, work on the test thread.
 */
class ExportSafetyViewModelTest {

    private static final List<String> A2_FILES = List.of(
            "account_A2.tf", "policies/A2-role-policy.json", "policies/A2-trust-policy.json");

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();

    private DesignerSession vm(Design design, Language language) {
        return new DesignerSession(design, new FacadeEvaluator(), new SameThreadBackgroundWork(), dialogs,
                new UiSettings(new MemorySettingsStore(), Locale.US), new UiText(language));
    }

    private static Design withBadAccountId() {
        Design example = DesignFiles.example();
        return example.withWriters(List.of(example.writers().get(0).withAccountId("11111111111")));
    }

    private static Design twoWriters() {
        Design example = DesignFiles.example();
        Writer a = example.writers().get(0);
        return example.withWriters(List.of(a, a.withAlias("A2").withAccountId("333333333333")));
    }

    @Test
    void aDesignWithErrorsListsThemAndCancelWritesNothing() {
        Path out = dir.resolve("out");
        dialogs.exportFolder = out;

        vm(withBadAccountId(), Language.EN).files().exportTerraform();

        assertThat(dialogs.exportErrors).containsExactly(List.of("ERROR S3G-001 writers[0].accountId: \"11111111111\" is not an "
                + "AWS account ID. An account ID is exactly 12 digits, leading zeros included."));
        assertThat(dialogs.exportPlans).as("no folder is asked for, no plan shown").isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void theErrorsAreListedInJapanese() {
        dialogs.exportFolder = dir.resolve("out");

        vm(withBadAccountId(), Language.JA).files().exportTerraform();

        assertThat(dialogs.exportErrors).containsExactly(List.of("ERROR S3G-001 writers[0].accountId: 「11111111111」は AWS アカウント ID "
                + "ではありません。アカウント ID は、先頭のゼロも含めて 12 桁の数字です。"));
    }

    @Test
    void theUserMayExportADesignWithErrorsOnPurpose() {
        Path out = dir.resolve("out");
        dialogs.exportFolder = out;
        dialogs.exportDespiteErrors = true;

        vm(withBadAccountId(), Language.EN).files().exportTerraform();

        assertThat(dialogs.exportPlans).hasSize(1);
        assertThat(out.resolve("account_A.tf")).exists();
    }

    @Test
    void aDesignWithoutErrorsIsNotAskedAbout() {
        dialogs.exportFolder = dir.resolve("out");

        vm(DesignFiles.example(), Language.EN).files().exportTerraform();

        assertThat(dialogs.exportErrors).isEmpty();
        assertThat(dialogs.exportPlans).hasSize(1);
    }

    @Test
    void removingAWriterAndExportingAgainRemovesItsFilesKeepingBakCopies() throws Exception {
        Path out = dir.resolve("out");
        dialogs.exportFolder = out;
        DesignerSession vm = vm(twoWriters(), Language.EN);
        vm.files().exportTerraform();
        String a2 = Files.readString(out.resolve("account_A2.tf"));

        vm.editor().forms().removeWriter(1);
        vm.files().exportTerraform();

        ExportPlan plan = dialogs.exportPlans.get(1);
        assertThat(plan.stale()).containsExactlyElementsOf(A2_FILES);
        assertThat(plan.staleEdited()).isEmpty();
        for (String f : A2_FILES) {
            assertThat(out.resolve(f)).doesNotExist();
            assertThat(out.resolve(f + ".bak")).exists();
        }
        assertThat(Files.readString(out.resolve("account_A2.tf.bak"))).isEqualTo(a2);
        assertThat(dialogs.infos.get(1)).endsWith(".\n3 files of an earlier export removed, each kept as a .bak copy.");
    }

    @Test
    void cancellingTheExportRemovesNothing() {
        Path out = dir.resolve("out");
        dialogs.exportFolder = out;
        DesignerSession vm = vm(twoWriters(), Language.EN);
        vm.files().exportTerraform();

        vm.editor().forms().removeWriter(1);
        dialogs.confirmExports = false;
        vm.files().exportTerraform();

        assertThat(dialogs.exportPlans.get(1).stale()).containsExactlyElementsOf(A2_FILES);
        A2_FILES.forEach(f -> assertThat(out.resolve(f)).exists());
    }

    @Test
    void aStaleFileEditedByHandIsListedAndLeftInPlace() throws Exception {
        Path out = dir.resolve("out");
        dialogs.exportFolder = out;
        DesignerSession vm = vm(twoWriters(), Language.EN);
        vm.files().exportTerraform();
        Path edited = out.resolve("account_A2.tf");
        Files.writeString(edited, "# kept on purpose\n");

        vm.editor().forms().removeWriter(1);
        vm.files().exportTerraform();

        assertThat(dialogs.exportPlans.get(1).staleEdited()).containsExactly("account_A2.tf");
        assertThat(Files.readString(edited)).isEqualTo("# kept on purpose\n");
        assertThat(out.resolve("policies/A2-role-policy.json")).doesNotExist();
        assertThat(dialogs.infos.get(1)).endsWith(".\n2 files of an earlier export removed, each kept as a .bak copy.\n"
                + "1 file of an earlier export changed by hand left in place.");
    }

    @Test
    void aFileTheProductDidNotWriteIsNeverListed() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("providers.tf"), "provider \"aws\" {}\n");
        dialogs.exportFolder = out;
        DesignerSession vm = vm(twoWriters(), Language.EN);
        vm.files().exportTerraform();

        vm.editor().forms().removeWriter(1);
        vm.files().exportTerraform();

        assertThat(dialogs.exportPlans.get(1).stale()).doesNotContain("providers.tf");
        assertThat(Files.readString(out.resolve("providers.tf"))).isEqualTo("provider \"aws\" {}\n");
    }
}
