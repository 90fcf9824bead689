package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.cli.GenerateCommandTest.Run;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import dev.s3grant.testing.TestDesigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer removed from a design that was exported before: the files only it needed are found and,
 * with {@code --prune}, removed (kept as {@code .bak}), so {@code terraform apply} no longer creates
 * its role. Only files an earlier export wrote, and still hold what it wrote, are ever removed.
 */
class GenerateStaleFilesTest {

    private static final List<String> A2_FILES = List.of(
            "account_A2.tf", "policies/A2-role-policy.json", "policies/A2-trust-policy.json");

    @TempDir
    Path temp;

    private Path out;
    private Path twoWriters;
    private Path oneWriter;

    @BeforeEach
    void designs() throws Exception {
        out = temp.resolve("out");
        Design design = TestDesigns.load("ecs-only");
        Writer a = design.writers().get(0);
        twoWriters = temp.resolve("two-writers.json");
        DesignFiles.save(design.withWriters(List.of(a, a.withAlias("A2").withAccountId("333333333333"))), twoWriters);
        oneWriter = temp.resolve("one-writer.json");
        DesignFiles.save(design, oneWriter);
        Run first = run("generate", twoWriters.toString(), "--out", out.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(out.resolve("account_A2.tf")).exists();
    }

    private static Run run(String... args) {
        return GenerateCommandTest.run(args);
    }

    @Test
    void removingAWriterListsItsFilesExitsOneAndWritesNothingWithoutPrune() throws IOException {
        Map<String, String> before = GenerateRefusalTest.tree(out);

        Run r = run("generate", oneWriter.toString(), "--out", out.toString(), "--force", "--lang", "en");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(out + " holds files that an earlier export wrote and the design no longer produces; "
                + "terraform apply in that folder would still apply the .tf files among them. Nothing was written. "
                + "Run again with --prune to remove them (each is kept as <name>.bak):\n"
                + "  account_A2.tf\n  policies/A2-role-policy.json\n  policies/A2-trust-policy.json\n");
        assertThat(GenerateRefusalTest.tree(out)).isEqualTo(before);
    }

    @Test
    void theStaleFilesAreListedInJapanese() {
        Run r = run("generate", oneWriter.toString(), "--out", out.toString(), "--force", "--lang", "ja");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(out + " には、以前のエクスポートで書き込まれ、この設計では生成されなくなったファイルがあります。")
                .contains("--prune を付けて再実行すると、これらを削除します (各ファイルは <ファイル名>.bak として残ります)。\n  account_A2.tf\n");
    }

    @Test
    void withoutForceTheStaleFilesAndTheOverwritesAreBothReported() throws IOException {
        Map<String, String> before = GenerateRefusalTest.tree(out);

        Run r = run("generate", oneWriter.toString(), "--out", out.toString(), "--lang", "en");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("  account_A2.tf\n").contains("would change existing files: ").contains("account_B.tf");
        assertThat(GenerateRefusalTest.tree(out)).isEqualTo(before);
    }

    @Test
    void pruneRemovesTheRemovedWritersFilesKeepingBakCopies() throws IOException {
        Map<String, String> before = GenerateRefusalTest.tree(out);

        Run r = run("generate", oneWriter.toString(), "--out", out.toString(), "--force", "--prune", "--lang", "en");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).endsWith("Removed, each kept as <name>.bak: files an earlier export wrote that the design no longer produces:\n"
                + "  account_A2.tf\n  policies/A2-role-policy.json\n  policies/A2-trust-policy.json\n");
        for (String f : A2_FILES) {
            assertThat(out.resolve(f)).doesNotExist();
            assertThat(Files.readString(out.resolve(f + ".bak"))).isEqualTo(before.get(f));
        }
        assertThat(Files.readString(out.resolve("account_B.tf"))).doesNotContain("333333333333");
        Run again = run("generate", oneWriter.toString(), "--out", out.toString());
        assertThat(again.exit()).as("nothing stale is left: " + again.err()).isZero();
        assertThat(again.out()).startsWith("0 created, 0 overwritten, 7 unchanged in ");
    }

    @Test
    void aStaleFileEditedByHandIsReportedButNeverRemoved() throws IOException {
        Path edited = out.resolve("account_A2.tf");
        String text = Files.readString(edited) + "# reviewed by the platform team\n";
        Files.writeString(edited, text);

        Run pruned = run("generate", oneWriter.toString(), "--out", out.toString(), "--force", "--prune", "--lang", "en");

        assertThat(pruned.exit()).isEqualTo(1);
        assertThat(pruned.err()).isEqualTo("Changed by hand since an earlier export wrote them, so they are never removed; "
                + "the design no longer produces them. Delete or rename them yourself:\n  account_A2.tf\n");
        assertThat(Files.readString(edited)).isEqualTo(text);
        assertThat(out.resolve("account_A2.tf.bak")).doesNotExist();
        assertThat(out.resolve("policies/A2-role-policy.json")).doesNotExist();

        Run later = run("generate", oneWriter.toString(), "--out", out.toString(), "--lang", "en");
        assertThat(later.exit()).as("every later export still reports it").isEqualTo(1);
        assertThat(later.err()).endsWith("Delete or rename them yourself:\n  account_A2.tf\n");
        assertThat(Files.readString(edited)).isEqualTo(text);
    }

    @Test
    void whenEveryStaleFileWasEditedTheRefusalSaysNothingWasWrittenAndListsThem() throws IOException {
        for (String f : A2_FILES) {
            Files.writeString(out.resolve(f), Files.readString(out.resolve(f)) + "\n");
        }
        Map<String, String> before = GenerateRefusalTest.tree(out);

        Run r = run("generate", oneWriter.toString(), "--out", out.toString(), "--force", "--lang", "en");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(out + " holds files that an earlier export wrote and the design no longer produces. "
                + "Nothing was written.\n"
                + "Changed by hand since an earlier export wrote them, so they are never removed; "
                + "the design no longer produces them. Delete or rename them yourself:\n"
                + "  account_A2.tf\n  policies/A2-role-policy.json\n  policies/A2-trust-policy.json\n");
        assertThat(GenerateRefusalTest.tree(out)).isEqualTo(before);
    }

    @Test
    void filesTheProductDidNotWriteAreNeverCandidates() throws IOException {
        Files.writeString(out.resolve("providers.tf"), "provider \"aws\" {}\n");
        Files.writeString(out.resolve("policies/A3-role-policy.json"), "{}\n");

        Run r = run("generate", oneWriter.toString(), "--out", out.toString(), "--force", "--prune", "--lang", "en");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("providers.tf").doesNotContain("A3");
        assertThat(Files.readString(out.resolve("providers.tf"))).isEqualTo("provider \"aws\" {}\n");
        assertThat(Files.readString(out.resolve("policies/A3-role-policy.json"))).isEqualTo("{}\n");
        assertThat(out.resolve("account_A2.tf")).doesNotExist();
    }

    @Test
    void aFolderExportedBeforeTheManifestExistedHasNoCandidates() throws IOException {
        Files.delete(out.resolve(".s3grant-export.json"));

        Run r = run("generate", oneWriter.toString(), "--out", out.toString(), "--force", "--prune", "--lang", "en");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out.resolve("account_A2.tf")).exists();
        assertThat(out.resolve(".s3grant-export.json")).exists();
    }
}
