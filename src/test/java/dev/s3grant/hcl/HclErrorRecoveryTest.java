package dev.s3grant.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HclErrorRecoveryTest {

    private static ShownError error(int line, int column, int endLine, int endColumn, String source, String message) {
        return new ShownError(new LineIndex(source).range(offset(source, line, column), offset(source, endLine, endColumn)), message);
    }

    private static int offset(String source, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = source.indexOf('\n', offset) + 1;
        }
        return offset + column - 1;
    }

    private static java.util.List<String> addresses(HclFile file) {
        return file.body().blocks().stream().map(HclBlock::address).toList();
    }

    @Test
    void missingClosingBraceIsReportedAtTheOpeningBraceAndLaterBlocksStillAppear() {
        String source = """
                resource "a" "first" {
                  bucket = "x"
                }

                resource "b" "second" {
                  bucket = "y"

                resource "c" "third" {
                  bucket = "z"
                }
                """;
        HclFile file = HclParser.parse(source);
        assertThat(addresses(file)).containsExactly("resource.a.first", "resource.b.second", "resource.c.third");
        assertThat(ShownError.english(file.errors())).containsExactly(
                error(5, 23, 5, 24, source, "Unclosed block: no '}' closes this '{'"));
        assertThat(file.body().blocks().get(1).body().attribute("bucket")).isPresent();
    }

    @Test
    void valueWithoutNameIsReportedAndTheBlocksAroundItStillAppear() {
        String source = """
                locals {
                  a = 1
                }
                = 1
                output "o" {
                  value = 2
                }
                """;
        HclFile file = HclParser.parse(source);
        assertThat(addresses(file)).containsExactly("locals", "output.o");
        assertThat(ShownError.english(file.errors())).containsExactly(
                error(4, 1, 4, 2, source, "Expected an argument or block definition, found '='"));
    }

    @Test
    void valueWithoutNameInsideABlockKeepsTheOtherArguments() {
        String source = "locals {\n  a = 1\n  = 2\n  b = 3\n}\n";
        HclFile file = HclParser.parse(source);
        assertThat(file.body().blocks().get(0).body().attributes()).extracting(HclAttribute::name)
                .containsExactly("a", "b");
        assertThat(ShownError.english(file.errors())).containsExactly(
                error(3, 3, 3, 4, source, "Expected an argument or block definition, found '='"));
    }

    @Test
    void unterminatedStringEndsAtTheLineAndLaterBlocksStillAppear() {
        String source = """
                variable "a" {
                  default = "open
                }
                variable "b" {}
                """;
        HclFile file = HclParser.parse(source);
        assertThat(addresses(file)).containsExactly("variable.a", "variable.b");
        assertThat(ShownError.english(file.errors())).containsExactly(
                error(2, 13, 2, 18, source, "Unterminated string: missing '\"' before the end of the line"));
        assertThat(file.body().blocks().get(0).body().attribute("default").orElseThrow().expression().value())
                .isEqualTo(HclString.of("open"));
    }

    @Test
    void unterminatedHeredocStopsBeforeTheNextTopLevelBlock() {
        String source = """
                locals {
                  p = <<EOT
                {}
                }

                output "o" {
                  value = 1
                }
                """;
        HclFile file = HclParser.parse(source);
        assertThat(addresses(file)).containsExactly("locals", "output.o");
        assertThat(ShownError.english(file.errors())).containsExactly(
                error(1, 8, 1, 9, source, "Unclosed block: no '}' closes this '{'"),
                error(2, 7, 2, 12, source, "Unterminated heredoc: no line 'EOT' closes it"));
    }

    @Test
    void brokenExpressionSkipsToTheEndOfItsBracketsAndLaterArgumentsRemain() {
        String source = "a = [1 2]\nb = 3\n";
        HclFile file = HclParser.parse(source);
        assertThat(file.body().attributes()).extracting(HclAttribute::name).containsExactly("a", "b");
        assertThat(ShownError.english(file.errors())).containsExactly(
                error(1, 8, 1, 9, source, "Expected ',' or ']' in the tuple, found '2'"));
    }

    @Test
    void missingExpressionIsReportedAtTheLineBreak() {
        String source = "a =\nb = 1\n";
        HclFile file = HclParser.parse(source);
        assertThat(file.body().attributes()).extracting(HclAttribute::name).containsExactly("a", "b");
        assertThat(ShownError.english(file.errors())).containsExactly(
                error(1, 4, 2, 1, source, "Expected an expression, found a line break"));
    }

    @Test
    void twoArgumentsOnOneLineAreAnError() {
        String source = "a = 1 b = 2\nc = 3\n";
        HclFile file = HclParser.parse(source);
        assertThat(file.body().attributes()).extracting(HclAttribute::name).containsExactly("a", "c");
        assertThat(ShownError.english(file.errors())).containsExactly(
                error(1, 7, 1, 8, source, "Expected a line break after the argument, found 'b'"));
    }

    @Test
    void strayClosingBraceAtTopLevelIsReported() {
        String source = "a {}\n}\nb {}\n";
        HclFile file = HclParser.parse(source);
        assertThat(addresses(file)).containsExactly("a", "b");
        assertThat(ShownError.english(file.errors())).containsExactly(error(2, 1, 2, 2, source, "Unexpected '}': no block is open here"));
    }

    @Test
    void singleLineBlockWithTwoArgumentsIsAnError() {
        String source = "a { x = 1, y = 2 }\nb {}\n";
        HclFile file = HclParser.parse(source);
        assertThat(addresses(file)).containsExactly("a", "b");
        assertThat(ShownError.english(file.errors())).containsExactly(error(1, 10, 1, 11, source,
                "Invalid single-line block: after '{' on the same line, only one argument and then '}' may follow; "
                        + "put the body on new lines"));
    }

    @Test
    void interpolatedBlockLabelIsAnError() {
        String source = "resource \"${x}\" \"y\" {\n}\n";
        HclFile file = HclParser.parse(source);
        assertThat(addresses(file)).containsExactly("resource.\"${x}\".y");
        assertThat(ShownError.english(file.errors())).containsExactly(
                error(1, 10, 1, 16, source, "Invalid block label: labels cannot contain templates"));
    }

    @Test
    void missingInterpolationBraceIsReportedAndTheQuoteStillEndsTheString() {
        String source = "a = \"${var.x\"\nb = 1\n";
        HclFile file = HclParser.parse(source);
        assertThat(file.body().attributes()).extracting(HclAttribute::name).containsExactly("a", "b");
        assertThat(file.body().attribute("a").orElseThrow().expression().value()).isEqualTo(new HclString(
                java.util.List.of(new TemplatePart.Interpolation(new HclReference("var.x"), "var.x"))));
        assertThat(ShownError.english(file.errors())).containsExactly(
                error(1, 6, 1, 8, source, "Unterminated template sequence: missing '}'"));
    }

    @Test
    void brokenNestedBlockDoesNotHideItsSiblings() {
        String source = """
                resource "x" "y" {
                  lifecycle {
                    ignore_changes = [tags
                  }
                  name = "n"
                }
                output "o" {}
                """;
        HclFile file = HclParser.parse(source);
        assertThat(addresses(file)).containsExactly("resource.x.y", "output.o");
        HclBody body = file.body().blocks().get(0).body();
        assertThat(body.attribute("name")).isPresent();
        assertThat(ShownError.english(file.errors())).containsExactly(
                error(4, 3, 4, 4, source, "Expected ']' to close the '[' at 3:22, found '}'"));
    }
}
