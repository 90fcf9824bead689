package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HclRendererTest {

    private static String render(HclNode.Block block) {
        return HclRenderer.file(List.of(block));
    }

    @Test
    void consecutiveSingleLineAttributesShareOneEqualsColumn() {
        String text = render(HclBlockBuilder.block("resource", "aws_s3_bucket_public_access_block", "main")
                .attribute("bucket", HclExpr.ref("aws_s3_bucket.main.id"))
                .blank()
                .attribute("block_public_acls", HclExpr.bool(true))
                .attribute("restrict_public_buckets", HclExpr.bool(true))
                .build());
        assertThat(text).isEqualTo("""
                resource "aws_s3_bucket_public_access_block" "main" {
                  bucket = aws_s3_bucket.main.id

                  block_public_acls       = true
                  restrict_public_buckets = true
                }
                """);
    }

    @Test
    void aValueThatSpansLinesEndsTheRunAndIsNotAligned() {
        HclExpr statement = new HclExpr.Obj(List.of(
                new HclExpr.Entry("Sid", HclExpr.string("A")),
                new HclExpr.Entry("Effect", HclExpr.string("Allow")),
                new HclExpr.Entry("Principal", new HclExpr.Obj(List.of(new HclExpr.Entry("AWS", HclExpr.string("arn")))))));
        String text = render(HclBlockBuilder.block("x")
                .attribute("name", HclExpr.string("n"))
                .attribute("policy", HclExpr.call("jsonencode", statement))
                .attribute("a", HclExpr.string("after"))
                .build());
        assertThat(text).isEqualTo("""
                x {
                  name = "n"
                  policy = jsonencode({
                    Sid    = "A"
                    Effect = "Allow"
                    Principal = {
                      AWS = "arn"
                    }
                  })
                  a = "after"
                }
                """);
    }

    @Test
    void commentsAndNestedBlocksEndARun() {
        String text = render(HclBlockBuilder.block("r")
                .attribute("a", HclExpr.string("1"))
                .comment("note")
                .attribute("long_name", HclExpr.string("2"))
                .block(HclBlockBuilder.block("rule").attribute("x", HclExpr.bool(false)).build())
                .attribute("b", HclExpr.string("3"))
                .build());
        assertThat(text).isEqualTo("""
                r {
                  a = "1"
                  # note
                  long_name = "2"
                  rule {
                    x = false
                  }
                  b = "3"
                }
                """);
    }

    @Test
    void tuplesOfOneStayOnTheLineAndLongerOnesBreakWithoutTrailingComma() {
        String text = render(HclBlockBuilder.block("s")
                .attribute("one", HclExpr.tuple(List.of(HclExpr.string("s3:PutObject"))))
                .attribute("none", HclExpr.tuple(List.of()))
                .attribute("two", HclExpr.tuple(List.of(HclExpr.ref("a.b"), HclExpr.ref("c.d"))))
                .build());
        assertThat(text).isEqualTo("""
                s {
                  one  = ["s3:PutObject"]
                  none = []
                  two = [
                    a.b,
                    c.d
                  ]
                }
                """);
    }

    @Test
    void objectKeysThatAreNotIdentifiersAreQuoted() {
        HclExpr condition = new HclExpr.Obj(List.of(
                new HclExpr.Entry("StringEquals", new HclExpr.Obj(List.of(
                        new HclExpr.Entry("aws:PrincipalOrgID", HclExpr.ref("var.organization_id")),
                        new HclExpr.Entry("for", HclExpr.string("keyword")))))));
        assertThat(HclRenderer.expression(condition, 0)).containsExactly(
                "{",
                "  StringEquals = {",
                "    \"aws:PrincipalOrgID\" = var.organization_id",
                "    \"for\"                = \"keyword\"",
                "  }",
                "}");
    }

    @Test
    void emptyBlocksCloseOnTheirLineAndLabelsAreQuoted() {
        assertThat(render(HclBlockBuilder.block("data", "aws_partition", "b\"x").build()))
                .isEqualTo("data \"aws_partition\" \"b\\\"x\" {}\n");
    }

    @Test
    void negationAndNestedCallsStayOnOneLine() {
        HclExpr condition = new HclExpr.Not(HclExpr.call("can",
                HclExpr.call("regex", HclExpr.string("^xn--"), HclExpr.ref("var.bucket_name"))));
        assertThat(HclRenderer.inline(condition)).isEqualTo("!can(regex(\"^xn--\", var.bucket_name))");
    }

    @Test
    void theBuilderDropsLeadingTrailingAndRepeatedBlankLines() {
        HclNode.Block block = HclBlockBuilder.block("b").blank().attribute("a", HclExpr.bool(true)).blank().blank().build();
        assertThat(block.body()).containsExactly(new HclNode.Attribute("a", HclExpr.bool(true)));
    }
}
