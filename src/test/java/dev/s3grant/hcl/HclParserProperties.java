package dev.s3grant.hcl;

import dev.s3grant.model.Language;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.text.Localizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HclParserProperties {

    private static final String VALID = """
            terraform {
              required_providers {
                aws = { source = "hashicorp/aws", version = "~> 5.0" }
              }
            }
            # comment
            provider "aws" {
              alias = "log_archive" // other comment
            }
            variable "name" {
              validation {
                condition     = length(var.name) > 2 && !contains(["x"], var.name)
                error_message = "Too short: ${var.name}."
              }
            }
            locals {
              /* block comment */
              m = { for k, v in var.m : k => v... if v != null }
              l = [for s in var.l : upper(s)]
              c = var.on ? aws_s3_bucket.b[0].arn : data.x.y["z"].id
              s = aws_s3_bucket.b[*].arn
              t = "a ${~ "b ${var.c} d" ~} %{ if var.on }e%{ endif } $${f}"
              h = <<-EOT
                one
                  ${var.two}
                EOT
            }
            resource "aws_s3_bucket_policy" "main" {
              policy = jsonencode({
                Version   = "2012-10-17"
                Statement = [{ Sid = "A", Action = ["s3:PutObject"], Resource = "\\u00e9" }]
              })
            }
            x {}
            y { a = 1 }
            """;

    @Property(tries = 10_000)
    void randomTextNeverThrowsAndErrorsPointIntoTheInput(@ForAll("hclishText") String source) {
        assertWellFormed(source);
    }

    @Property(tries = 10_000)
    void mutatedTerraformNeverThrowsAndErrorsPointIntoTheInput(@ForAll("mutatedTerraform") String source) {
        assertWellFormed(source);
    }

    @Property(tries = 2_000)
    void tokensTileTheSourceInOrder(@ForAll("hclishText") String source) {
        int previousEnd = 0;
        for (HclToken token : HclLexer.lex(source).tokens()) {
            Range range = token.range();
            assertThat(range.startOffset()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(token.text()).isEqualTo(source.substring(range.startOffset(), range.endOffset()));
            assertThat(source.substring(previousEnd, range.startOffset())).isBlank();
            previousEnd = range.endOffset();
        }
        assertThat(previousEnd).isEqualTo(source.length());
    }

    @Provide
    Arbitrary<String> hclishText() {
        Arbitrary<String> syntax = Arbitraries.strings()
                .withChars("{}[]()\"$%~<>-=#/*\\\n\r\t :,.?!&|0123456789aeEOTfrin_")
                .ofMaxLength(120);
        Arbitrary<String> tokens = Arbitraries.of("resource", "\"", "${", "%{", "}", "{", "~}", "<<EOT\n", "<<-EOT\n",
                        "EOT", "\n", "=", "[", "]", "(", ")", "for", "in", ":", "=>", "x", "1.5e3", "/*", "*/", "#",
                        "//", "\\", "$${", ",", "...", "?", "  ", "\\u00e9", "locals", "data", "\"a\"")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(80);
        return Arbitraries.oneOf(syntax, tokens, anything);
    }

    @Provide
    Arbitrary<String> mutatedTerraform() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length());
        Arbitrary<Integer> deleted = Arbitraries.integers().between(0, 12);
        Arbitrary<String> inserted = Arbitraries.of("", "{", "}", "\"", "${", "}", "[", "]", "(", ")", "=", "\n",
                "<<EOT\n", "/*", "#", "~", "\\", "x", ",", "%{");
        Arbitrary<int[]> edit = Combinators.combine(position, deleted, inserted.map(String::length))
                .as((p, d, ignored) -> new int[] {p, d});
        return Combinators.combine(edit.list().ofMinSize(1).ofMaxSize(4), inserted.list().ofSize(4))
                .as(HclParserProperties::mutate);
    }

    private static String mutate(List<int[]> edits, List<String> insertions) {
        StringBuilder text = new StringBuilder(VALID);
        for (int i = 0; i < edits.size(); i++) {
            int position = Math.min(edits.get(i)[0], text.length());
            int end = Math.min(text.length(), position + edits.get(i)[1]);
            text.replace(position, end, insertions.get(i));
        }
        return text.toString();
    }

    private static void assertWellFormed(String source) {
        HclFile file = HclParser.parse(source);
        LineIndex lines = new LineIndex(source);
        for (HclError error : file.errors()) {
            Range range = error.range();
            assertThat(range.endOffset()).isLessThanOrEqualTo(source.length());
            assertThat(range).isEqualTo(lines.range(range.startOffset(), range.endOffset()));
            for (Language language : Language.values()) {
                String text = Localizer.of(language).render(error.message());
                assertThat(text).as("%s in %s", error.message(), language).isNotBlank().doesNotContain("!hcl.");
            }
        }
        for (HclBodyItem item : file.body().items()) {
            assertThat(item.range().endOffset()).isLessThanOrEqualTo(source.length());
        }
    }
}
