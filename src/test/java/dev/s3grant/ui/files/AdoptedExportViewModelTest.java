package dev.s3grant.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Language;
import dev.s3grant.ui.DesignerSession;
import dev.s3grant.ui.background.SameThreadBackgroundWork;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.settings.MemorySettingsStore;
import dev.s3grant.ui.settings.UiSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the Compare view has a folder, Export adopts it: the dialog says so and lists what moves,
 * what is kept and what is left alone, and the folder receives the moved blocks (decision 0030).
 */
class AdoptedExportViewModelTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private Path existing;

    @BeforeEach
    void copyTheLayout() throws IOException {
        existing = dir.resolve("existing");
        Files.createDirectories(existing);
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/adopt/original"))) {
            for (Path f : files.toList()) {
                Files.copy(f, existing.resolve(f.getFileName()));
            }
        }
    }

    private DesignerSession session(Language language) {
        return new DesignerSession(DesignFiles.example(), new FacadeEvaluator(), new SameThreadBackgroundWork(), dialogs,
                new UiSettings(new MemorySettingsStore(), Locale.US), new UiText(language));
    }

    @Test
    void exportAdoptsTheComparedFolderAndListsTheMoves() throws IOException {
        DesignerSession session = session(Language.EN);
        session.comparison().compareWith(existing);
        dialogs.exportFolder = existing;

        session.files().exportTerraform();

        assertThat(dialogs.adoptedFolders).containsExactly(existing);
        assertThat(dialogs.adoptions.get(0)).containsExactly(
                "Moved, not destroyed (2):",
                "  aws_iam_role.ecs_task_role → aws_iam_role.writer_a (account_A.tf:2)",
                "  aws_iam_role_policy.ecs_s3_policy → aws_iam_role_policy.writer_a (account_A.tf:18)",
                "",
                "Kept from the existing files, because a new value would replace the resource (1):",
                "  aws_iam_role_policy.writer_a name = \"ecs-s3-cross-account-policy\"",
                "");
        assertThat(Files.readString(existing.resolve("moved.tf"), StandardCharsets.UTF_8))
                .contains("from = aws_iam_role.ecs_task_role");
        assertThat(Files.readString(existing.resolve("account_A.tf"), StandardCharsets.UTF_8))
                .contains("name = \"ecs-s3-cross-account-policy\"");
        assertThat(existing.resolve("account_A.tf.bak")).exists();
    }

    @Test
    void theAdoptionIsListedInJapanese() {
        DesignerSession session = session(Language.JA);
        session.comparison().compareWith(existing);
        dialogs.exportFolder = dir.resolve("out");

        session.files().exportTerraform();

        assertThat(dialogs.adoptions.get(0).get(0)).isEqualTo("削除せずに移動するもの（2）:");
    }

    @Test
    void withoutAComparedFolderExportDoesNotAdopt() {
        DesignerSession session = session(Language.EN);
        dialogs.exportFolder = dir.resolve("out");

        session.files().exportTerraform();

        assertThat(dialogs.adoptions).isEmpty();
        assertThat(dialogs.exportPlans).hasSize(1);
        assertThat(dir.resolve("out").resolve("moved.tf")).doesNotExist();
        assertThat(List.of(dialogs.exportPlans.get(0).created().toArray())).doesNotContain("moved.tf");
    }
}
