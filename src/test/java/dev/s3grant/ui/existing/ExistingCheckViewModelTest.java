package dev.s3grant.ui.existing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.testing.TestDesigns;
import dev.s3grant.ui.background.SameThreadBackgroundWork;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.panes.AccessRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Check Existing Files…: the folder the user picks, checked against the design being edited. */
class ExistingCheckViewModelTest {

    static final Path ORIGINAL = Path.of("src/test/resources/diff/original");

    @TempDir
    Path temp;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final Design design = TestDesigns.load("ecs-only");
    private final ExistingCheckViewModel vm = new ExistingCheckViewModel(new SameThreadBackgroundWork(), dialogs,
            new UiText(Language.EN), () -> design, Optional::empty);

    @Test
    void theSeedFolderShowsThePutObjectAclRowWithItsCauseAsTheReason() throws IOException {
        Path seed = Files.createDirectories(temp.resolve("seed"));
        Files.copy(ORIGINAL.resolve("account_A.tf"), seed.resolve("account_A.tf"));
        Files.copy(ORIGINAL.resolve("account_B.tf"), seed.resolve("account_B.tf"));
        dialogs.terraformFolder = seed;

        vm.checkFolder();

        ExistingCheckViewModel.Shown shown = vm.shownProperty().get();
        assertThat(shown.folder()).isEqualTo(seed);
        assertThat(shown.asIntended()).isFalse();
        assertThat(shown.rows()).filteredOn(AccessRow::mismatch).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("s3:PutObjectAcl");
            assertThat(r.reason().key()).isEqualTo("existing.check.cause.ACL_PERMISSION_UNNEEDED");
        });
        assertThat(shown.findings()).anySatisfy(f -> assertThat(f).startsWith("SECURITY_WARNING S3G-007"));
    }

    @Test
    void aFolderWithNothingToCheckIsReportedOnceAndShowsNothing() throws IOException {
        dialogs.terraformFolder = Files.createDirectories(temp.resolve("empty"));

        vm.checkFolder();

        assertThat(vm.shownProperty().get()).isNull();
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("empty"));
    }

    @Test
    void cancellingTheFolderChoiceChecksNothing() {
        vm.checkFolder();

        assertThat(vm.shownProperty().get()).isNull();
        assertThat(dialogs.errors).isEmpty();
    }
}
