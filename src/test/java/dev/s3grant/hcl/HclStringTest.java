package dev.s3grant.hcl;

import static dev.s3grant.hcl.Parsing.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HclStringTest {

    @ParameterizedTest(name = "{0} means {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "\"a\\nb\"        | 'a\nb'",
        "\"a\\rb\"        | 'a\rb'",
        "\"a\\tb\"        | 'a\tb'",
        "\"a\\\"b\"       | 'a\"b'",
        "\"a\\\\b\"       | 'a\\b'",
        "\"\\u00e9\"      | 'é'",
        "\"\\U0001F600\"  | '😀'",
        "\"$${var.x}\"    | '${var.x}'",
        "\"%%{ if }\"     | '%{ if }'",
    })
    void escapesInQuotedStringsAreProcessed(String source, String expected) {
        assertThat(valueOf(source)).isEqualTo(literal(expected));
    }

    @Test
    void invalidEscapeIsAnErrorAtItsPosition() {
        HclFile file = HclParser.parse("x = \"a\\qb\"\n");
        assertThat(ShownError.english(file.errors())).containsExactly(new ShownError(new Range(1, 7, 1, 9, 6, 8),
                "Invalid escape sequence: '\\q' (use \\n, \\r, \\t, \\\", \\\\, \\uNNNN or \\UNNNNNNNN)"));
    }

    @Test
    void shortUnicodeEscapeIsAnError() {
        HclFile file = HclParser.parse("x = \"\\u12\"\n");
        assertThat(ShownError.english(file.errors())).extracting(ShownError::text)
                .containsExactly("Invalid escape sequence: '\\u' needs 4 hexadecimal digits");
    }

    @Test
    void interpolationKeepsItsValueAndSourceText() {
        assertThat(valueOf("\"arn:aws:s3:::${var.bucket}/*\"")).isEqualTo(new HclString(List.of(
                text("arn:aws:s3:::"), interpolation(ref("var.bucket"), "var.bucket"), text("/*"))));
    }

    @Test
    void templatesNestToAnyDepth() {
        HclString deepest = new HclString(List.of(text("c-"), interpolation(ref("var.z"), "var.z")));
        HclString middle = new HclString(List.of(text("b-"), interpolation(deepest, "\"c-${var.z}\"")));
        assertThat(valueOf("\"a-${ \"b-${\"c-${var.z}\"}\" }\"")).isEqualTo(new HclString(List.of(
                text("a-"), interpolation(middle, "\"b-${\"c-${var.z}\"}\""))));
    }

    @Test
    void stripMarkersRemoveAdjacentWhitespace() {
        assertThat(valueOf("\"a \t ${~ var.x ~}\t b\"")).isEqualTo(new HclString(List.of(
                text("a"), interpolation(ref("var.x"), "var.x"), text("b"))));
    }

    @Test
    void directivesAreKeptAsText() {
        assertThat(valueOf("\"%{ if var.on }yes%{ else }no%{ endif }\"")).isEqualTo(new HclString(List.of(
                new TemplatePart.Directive("%{ if var.on }"), text("yes"),
                new TemplatePart.Directive("%{ else }"), text("no"),
                new TemplatePart.Directive("%{ endif }"))));
    }

    @Test
    void literalTextIsPresentOnlyWithoutInterpolations() {
        assertThat(((HclString) valueOf("\"plain\"")).literalText()).contains("plain");
        assertThat(((HclString) valueOf("\"\"")).literalText()).contains("");
        assertThat(((HclString) valueOf("\"${var.x}\"")).literalText()).isEqualTo(Optional.empty());
    }

    @Test
    void heredocKeepsTextAndFinalLineBreak() {
        HclFile file = HclParser.parse("x = <<EOT\n  {\n    \"a\": \"${var.b}\"\n  }\nEOT\n");
        assertThat(file.errors()).isEmpty();
        assertThat(file.body().attribute("x").orElseThrow().expression().value()).isEqualTo(new HclString(List.of(
                text("  {\n    \"a\": \""), interpolation(ref("var.b"), "var.b"), text("\"\n  }\n"))));
    }

    @Test
    void heredocDoesNotProcessBackslashEscapes() {
        HclFile file = HclParser.parse("x = <<EOT\na\\nb $${c}\nEOT\n");
        assertThat(file.body().attribute("x").orElseThrow().expression().value())
                .isEqualTo(literal("a\\nb ${c}\n"));
    }

    @Test
    void indentedHeredocStripsTheSmallestCommonIndentation() {
        String source = """
                x = <<-EOT
                    line one
                      line two

                    ${var.x} three
                  EOT
                """;
        HclFile file = HclParser.parse(source);
        assertThat(file.errors()).isEmpty();
        assertThat(file.body().attribute("x").orElseThrow().expression().value()).isEqualTo(new HclString(List.of(
                text("line one\n  line two\n\n"), interpolation(ref("var.x"), "var.x"), text(" three\n"))));
    }

    @Test
    void indentedHeredocIgnoresBlankLinesWhenMeasuringIndentation() {
        HclFile file = HclParser.parse("x = <<-EOT\n    a\n \n    b\n    EOT\n");
        assertThat(file.body().attribute("x").orElseThrow().expression().value())
                .isEqualTo(literal("a\n \nb\n"));
    }

    @Test
    void heredocExpressionRangeCoversTheClosingMarker() {
        HclFile file = HclParser.parse("x = <<EOT\nhi\nEOT\ny = 1\n");
        HclExpression expression = file.body().attribute("x").orElseThrow().expression();
        assertThat(expression.text()).isEqualTo("<<EOT\nhi\nEOT");
        assertThat(expression.range()).isEqualTo(new Range(1, 5, 3, 4, 4, 16));
        assertThat(file.body().attribute("y")).isPresent();
    }
}
