package dev.s3grant.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/**
 * The highlighting the preview applies, from the façade's token runs: a small sample of each
 * syntax, and every golden file styled exactly as the regular expressions the preview used before
 * styled it (decision 0027), so the window looks the same.
 */
class TokenStylesTest {

    /** The styled pieces of {@code text} as {@code class:text}, leaving out unstyled ones (adjacent equal styles merge). */
    static List<String> styled(boolean json, String text) {
        StyleSpans<Collection<String>> spans = Highlight.styles(text, json);
        List<String> out = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            String piece = text.substring(at, at + span.getLength());
            if (!span.getStyle().isEmpty()) {
                out.add(String.join(",", span.getStyle()) + ":" + piece);
            }
            at += span.getLength();
        }
        assertThat(at).as("spans cover the whole text").isEqualTo(text.length());
        return out;
    }

    @Test
    void jsonKeysStringsNumbersAndLiteralsGetTheirOwnClasses() {
        assertThat(styled(true, "{\"Sid\": \"A\\\"b\", \"n\": -1.5e3, \"ok\": [true, null]}"))
                .containsExactly(
                        "json-bracket:{", "json-key:\"Sid\"", "json-punctuation::", "json-string:\"A\\\"b\"",
                        "json-punctuation:,", "json-key:\"n\"", "json-punctuation::", "json-number:-1.5e3",
                        "json-punctuation:,", "json-key:\"ok\"", "json-punctuation::", "json-bracket:[",
                        "json-literal:true", "json-punctuation:,", "json-literal:null", "json-bracket:]}");
    }

    @Test
    void hclBlocksAttributesReferencesFunctionsAndCommentsGetTheirOwnClasses() {
        String hcl = """
                # header
                resource "aws_s3_bucket_policy" "main" {
                  bucket = aws_s3_bucket.main.id
                  policy = jsonencode({ Version = "2012-10-17" })
                  count  = 1 // one
                  on     = true
                }
                """;
        assertThat(styled(false, hcl)).containsExactly(
                "hcl-comment:# header",
                "hcl-block:resource", "hcl-string:\"aws_s3_bucket_policy\"", "hcl-string:\"main\"", "hcl-bracket:{",
                "hcl-attribute:bucket", "hcl-reference:aws_s3_bucket.main.id",
                "hcl-attribute:policy", "hcl-function:jsonencode", "hcl-bracket:({",
                "hcl-attribute:Version", "hcl-string:\"2012-10-17\"", "hcl-bracket:})",
                "hcl-attribute:count", "hcl-number:1", "hcl-comment:// one",
                "hcl-attribute:on", "hcl-literal:true",
                "hcl-bracket:}");
    }

    @Test
    void hclVariableReferencesAndNestedBlocksAreRecognised() {
        String hcl = "variable \"bucket_name\" {\n  validation {\n    condition = length(var.bucket_name) >= 3\n  }\n}\n";
        assertThat(styled(false, hcl)).containsExactly(
                "hcl-block:variable", "hcl-string:\"bucket_name\"", "hcl-bracket:{",
                "hcl-block:validation", "hcl-bracket:{",
                "hcl-attribute:condition", "hcl-function:length", "hcl-bracket:(", "hcl-reference:var.bucket_name",
                "hcl-bracket:)", "hcl-number:3",
                "hcl-bracket:}", "hcl-bracket:}");
    }

    @Test
    void hclInterpolationsAndNestedStringsStayInsideTheirString() {
        String hcl = "a = \"x-${var.y}-${format(\"%s\", \"z\")}\"\nb = \"q\"\n";
        assertThat(styled(false, hcl)).containsExactly(
                "hcl-attribute:a", "hcl-string:\"x-${var.y}-${format(\"%s\", \"z\")}\"",
                "hcl-attribute:b", "hcl-string:\"q\"");
    }

    /**
     * Every golden policy and Terraform file is styled character for character as the former regular
     * expressions styled it, on every line but those where a string's interpolation holds a string of
     * its own: there the expressions ended the outer string at the inner quote, and the tokens keep
     * the whole template one string (as in {@link #hclInterpolationsAndNestedStringsStayInsideTheirString}).
     */
    @Test
    void everyGoldenFileLooksAsItDidWithTheRegularExpressions() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/golden"))) {
            files = walk.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".tf")
                    || f.toString().endsWith(".tfvars")).filter(f -> f.toString().contains("/policies/")
                    || f.toString().contains("/terraform/")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        int compared = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            boolean json = file.toString().endsWith(".json");
            List<Collection<String>> now = perChar(text, Highlight.styles(text, json));
            List<Collection<String>> before = perChar(text, FormerRegexStyles.style(text, json));
            int start = 0;
            for (String line : text.split("\n", -1)) {
                if (!NESTED_STRING.matcher(line).find()) {
                    assertThat(now.subList(start, start + line.length())).as("%s: %s", file, line)
                            .isEqualTo(before.subList(start, start + line.length()));
                    compared++;
                }
                start += line.length() + 1;
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    /** A quote inside an interpolation inside a string. */
    private static final Pattern NESTED_STRING = Pattern.compile("\"[^\"]*\\$\\{[^}]*\"");

    private static List<Collection<String>> perChar(String text, StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                out.add(span.getStyle());
            }
        }
        assertThat(out).hasSize(text.length());
        return out;
    }
}
