package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code =} column with Japanese in the file (decision 0040): the writer pads by characters, as
 * {@code terraform fmt} does, and only names stand before {@code =}; comments are lines of their own
 * that end a run, and Japanese in a value comes after the column. So the column holds in any
 * monospaced font, whatever width its Japanese glyphs have.
 */
class JapaneseTextAlignmentTest {

    @Test
    void japaneseCommentsAndValuesLeaveTheEqualsColumnWhereTheNamesPutIt() {
        String text = HclRenderer.file(List.of(HclBlockBuilder.block("resource", "aws_iam_role", "writer")
                .comment("書き込み側のロールです。")
                .attribute("name", HclExpr.string("writer"))
                .attribute("description", HclExpr.string("アカウント B のバケットに書き込みます"))
                .attribute("max_session_duration", HclExpr.ref("var.session_seconds"))
                .comment("タグ")
                .attribute("force_detach_policies", HclExpr.bool(true))
                .build()));
        assertThat(text).isEqualTo("""
                resource "aws_iam_role" "writer" {
                  # 書き込み側のロールです。
                  name                 = "writer"
                  description          = "アカウント B のバケットに書き込みます"
                  max_session_duration = var.session_seconds
                  # タグ
                  force_detach_policies = true
                }
                """);
        for (String line : text.split("\n")) {
            int equals = line.indexOf(" = ");
            if (equals > 0) {
                assertThat(line.substring(0, equals)).as("what stands before =").matches("[ -~]*");
            }
        }
    }
}
