package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3grant.cli.GenerateCommandTest.Run;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.model.WriterFiles;
import dev.s3grant.testing.Golden;
import dev.s3grant.testing.TestDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared writer file's layout on disk (decision 0044): {@code generate} writes the writer folder,
 * {@code diff} and {@code compare} read {@code writer/*.tf} beside the owner's files, and switching the
 * layout of an exported folder finds the files the other layout wrote.
 */
class SharedWriterLayoutTest {

    @TempDir
    Path temp;

    private static Run run(String... args) {
        return GenerateCommandTest.run(args);
    }

    private Path generate(String name, Design design) throws Exception {
        Path file = temp.resolve(name + ".json");
        DesignFiles.save(design, file);
        Path out = temp.resolve(name);
        Run r = run("generate", file.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return out;
    }

    private static Design perAccount() {
        Design d = TestDesigns.load("shared-writer");
        return d.withOptions(d.options().withWriterFiles(WriterFiles.PER_ACCOUNT));
    }

    @Test
    void generateWritesTheWriterFolderInsteadOfAFilePerWriter() throws Exception {
        Path out = generate("shared", TestDesigns.load("shared-writer"));

        for (String path : new String[] {"writer/writer.tf", "writer/variables.tf", "writer/terraform.tfvars",
                "writer/accounts/TeamRed.tfvars", "writer/accounts/TeamGreen.tfvars", "writer/accounts/TeamBlue.tfvars",
                "account_Central.tf", "variables.tf", "terraform.tfvars"}) {
            assertThat(Files.readString(out.resolve(path))).as(path)
                    .isEqualTo(Files.readString(Golden.ROOT.resolve("terraform/shared-writer/jsonencode-variables/" + path)));
        }
        assertThat(out.resolve("account_TeamRed.tf")).doesNotExist();
    }

    @Test
    void diffAgainstTheExportedFolderReadsTheWriterFolderAndFindsNothing() throws Exception {
        Path out = generate("shared", TestDesigns.load("shared-writer"));

        Run r = run("diff", TestDesigns.file("shared-writer").toString(), "--against", out.toString(), "--format", "json");

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("identicalInMeaning").asBoolean()).isTrue();
        assertThat(r.out()).contains("writer/writer.tf");
    }

    @Test
    void compareOfThePerAccountAndTheSharedLayoutListsEachSidesWriterFiles() throws Exception {
        Path old = generate("per-account", perAccount());
        Path now = generate("shared", TestDesigns.load("shared-writer"));

        Run r = run("compare", old.toString(), now.toString(), "--lang", "en");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Only in NEW: writer/writer.tf\n", "Only in NEW: writer/variables.tf\n",
                "Only in OLD: account_TeamRed.tf\n", "Only in OLD: account_TeamBlue.tf\n", "+resource \"aws_iam_role\" \"writer\" {\n");
    }

    @Test
    void switchingAnExportedFolderToTheSharedFileFindsTheAccountFilesItNoLongerNeeds() throws Exception {
        Path out = generate("out", perAccount());
        Path shared = temp.resolve("shared.json");
        DesignFiles.save(TestDesigns.load("shared-writer"), shared);

        Run refused = run("generate", shared.toString(), "--out", out.toString(), "--force", "--lang", "en");
        Run pruned = run("generate", shared.toString(), "--out", out.toString(), "--force", "--prune");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("  account_TeamBlue.tf\n  account_TeamGreen.tf\n  account_TeamRed.tf\n");
        assertThat(pruned.exit()).as(pruned.err()).isZero();
        assertThat(out.resolve("account_TeamRed.tf")).doesNotExist();
        assertThat(out.resolve("writer/writer.tf")).exists();
    }
}
