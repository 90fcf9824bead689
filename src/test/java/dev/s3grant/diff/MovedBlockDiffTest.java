package dev.s3grant.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A block that moved, by a {@code moved} block or to another file, is "moved", not removed and added (decision 0030). */
class MovedBlockDiffTest {

    private static final String OLD_ROLE = """
            resource "aws_iam_role" "ecs_task_role" {
              name = "ecs-cross-account-s3-role"
            }
            """;

    private static List<BlockChange> blocks(DiffResult result) {
        return result.files().stream().flatMap(f -> f.blocks().stream()).toList();
    }

    private static Map<String, SourceFile> files(String... pathsAndTexts) {
        Map<String, SourceFile> files = new java.util.TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], new SourceFile(pathsAndTexts[i], pathsAndTexts[i + 1]));
        }
        return files;
    }

    @Test
    void aResourceRenamedWithAMovedBlockIsMovedFromItsOldAddress() {
        DiffResult result = TerraformDiff.compare(files("account_A.tf", OLD_ROLE), files(
                "account_A.tf", """
                        resource "aws_iam_role" "writer_a" {
                          name = "ecs-cross-account-s3-role"
                        }
                        """,
                "moved.tf", """
                        moved {
                          from = aws_iam_role.ecs_task_role
                          to   = aws_iam_role.writer_a
                        }
                        """));

        List<BlockChange> resources = blocks(result).stream().filter(b -> b.address().startsWith("resource.")).toList();
        assertThat(resources).extracting(BlockChange::kind, BlockChange::address, BlockChange::movedFrom, BlockChange::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.MOVED, "resource.aws_iam_role.writer_a",
                        "resource.aws_iam_role.ecs_task_role", ChangeLabel.FORMATTING_ONLY));
        assertThat(new ChangeTexts(Localizer.of(Language.EN)).block(resources.get(0)))
                .isEqualTo("resource.aws_iam_role.writer_a: moved from resource.aws_iam_role.ecs_task_role");
        assertThat(new ChangeTexts(Localizer.of(Language.JA)).block(resources.get(0)))
                .isEqualTo("resource.aws_iam_role.writer_a: resource.aws_iam_role.ecs_task_role から移動");
        assertThat(DiffJson.write(result, false)).contains("\"change\": \"moved\"").contains("\"from\": \"resource.aws_iam_role.ecs_task_role\"");
    }

    @Test
    void aMoveIsShownWhenFormattingIsIgnored() {
        DiffResult result = TerraformDiff.compare(files("main.tf", OLD_ROLE + "\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n"),
                files("main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n", "iam.tf", OLD_ROLE));

        FileDiff iam = result.files().stream().filter(f -> f.path().equals("iam.tf")).findFirst().orElseThrow();
        assertThat(iam.visibleBlocks(true)).extracting(BlockChange::kind).containsExactly(ChangeKind.MOVED);
    }

    @Test
    void withoutAMovedBlockTheRenameIsRemovedAndAdded() {
        DiffResult result = TerraformDiff.compare(files("account_A.tf", OLD_ROLE), files("account_A.tf", """
                resource "aws_iam_role" "writer_a" {
                  name = "ecs-cross-account-s3-role"
                }
                """));

        assertThat(blocks(result)).extracting(BlockChange::kind).containsExactlyInAnyOrder(ChangeKind.ADDED, ChangeKind.REMOVED);
    }

    @Test
    void aBlockMovedToAnotherFileIsMovedFromThatFileWithItsChanges() {
        DiffResult result = TerraformDiff.compare(
                files("main.tf", OLD_ROLE + "\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n"),
                files("main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n",
                        "iam.tf", OLD_ROLE.replace("ecs-cross-account-s3-role", "other-role")));

        assertThat(blocks(result)).extracting(BlockChange::kind, BlockChange::address, BlockChange::movedFrom, BlockChange::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.MOVED, "resource.aws_iam_role.ecs_task_role",
                        "main.tf", ChangeLabel.CHANGED));
    }
}
