package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.cli.GenerateCommandTest.Run;
import dev.s3grant.io.DesignFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate DESIGN --out DIR --adopt PATH}: the design applied over existing Terraform without destroying it. */
class GenerateAdoptTest {

    @TempDir
    Path temp;

    private Path existing;
    private Path design;

    @BeforeEach
    void copyTheLayout() throws Exception {
        existing = temp.resolve("existing");
        Files.createDirectories(existing);
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/adopt/other-names"))) {
            for (Path f : files.toList()) {
                Files.copy(f, existing.resolve(f.getFileName()));
            }
        }
        design = temp.resolve("design.json");
        DesignFiles.save(DesignFiles.example(), design);
    }

    @Test
    void adoptingIntoTheExistingFolderMovesListsAndRewrites() throws IOException {
        Run r = GenerateCommandTest.run("generate", design.toString(), "--out", existing.toString(), "--adopt",
                existing.toString(), "--force", "--lang", "en");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("""
                Moved, not destroyed: resources of the existing files now declared by the generated files (moved.tf holds the moved blocks):
                  aws_iam_role.writer → aws_iam_role.writer_a (iam.tf:2)
                """);
        assertThat(r.out()).contains("""
                Kept from the existing files, because a new value would make Terraform replace the resource:
                  aws_iam_role_policy.writer_a name = "put-objects"
                """);
        assertThat(r.out()).contains("""
                Left alone: blocks of the existing files that the design does not cover:
                  aws_iam_role_policy_attachment.logs (iam.tf:29)
                  aws_s3_bucket_versioning.ingest (s3.tf:9)
                """);
        assertThat(Files.readString(existing.resolve("moved.tf"), StandardCharsets.UTF_8)).contains("""
                moved {
                  from = aws_s3_bucket.ingest
                  to   = aws_s3_bucket.main
                }
                """);
        assertThat(Files.readString(existing.resolve("s3.tf"), StandardCharsets.UTF_8))
                .doesNotContain("resource \"aws_s3_bucket\" \"ingest\"").contains("bucket = aws_s3_bucket.main.id");
        assertThat(existing.resolve("s3.tf.bak")).exists();
    }

    @Test
    void aLaterExportWithoutAdoptNeverRemovesTheUsersFilesOrTheMovedBlocks() {
        Run adopted = GenerateCommandTest.run("generate", design.toString(), "--out", existing.toString(), "--adopt",
                existing.toString(), "--force", "--lang", "en");
        assertThat(adopted.exit()).as(adopted.err()).isZero();

        Run plain = GenerateCommandTest.run("generate", design.toString(), "--out", existing.toString(), "--force", "--prune",
                "--lang", "en");

        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(existing.resolve("s3.tf")).exists();
        assertThat(existing.resolve("iam.tf")).exists();
        assertThat(existing.resolve("moved.tf")).exists();
    }

    @Test
    void aRolePathTheDesignChangesIsReportedAsAReplacement() throws Exception {
        dev.s3grant.model.Design example = DesignFiles.example();
        DesignFiles.save(example.withWriters(java.util.List.of(example.writers().get(0).withRolePath("/ingest/"))), design);

        Run r = GenerateCommandTest.run("generate", design.toString(), "--out", temp.resolve("out").toString(), "--adopt",
                existing.toString(), "--lang", "en");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("What adopting the existing files costs:\n  WARNING S3G-120 account_A.tf#aws_iam_role.writer_a: "
                + "aws_iam_role.writer_a adopts aws_iam_role.writer (iam.tf:2), but its path changes from / to /ingest/");
    }

    @Test
    void anExistingFileTerraformCannotReadIsRefusedWithItsPosition() throws IOException {
        Files.writeString(existing.resolve("broken.tf"), "resource \"aws_s3_bucket\" \"x\" {\n  bucket = \n}\n");
        Path out = temp.resolve("out");

        Run r = GenerateCommandTest.run("generate", design.toString(), "--out", out.toString(), "--adopt", existing.toString(),
                "--lang", "en");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("broken.tf").contains("Terraform cannot read this file");
        assertThat(out).doesNotExist();
    }

    @Test
    void japaneseListsTheMovesInJapanese() {
        Run r = GenerateCommandTest.run("generate", design.toString(), "--out", temp.resolve("out").toString(), "--adopt",
                existing.toString(), "--lang", "ja");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("削除せずに移動したもの").contains("変更していないもの");
    }

    @Test
    void withoutAdoptTheExistingResourcesAreNotMoved() {
        Run r = GenerateCommandTest.run("generate", design.toString(), "--out", temp.resolve("plain").toString(), "--lang", "en");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(temp.resolve("plain").resolve("moved.tf")).doesNotExist();
        assertThat(r.out()).doesNotContain("Moved, not destroyed");
    }
}
