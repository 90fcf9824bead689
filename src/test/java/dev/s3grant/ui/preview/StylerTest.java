package dev.s3grant.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class StylerTest {

    /** The styled pieces of {@code text} as {@code class:text}, leaving out unstyled ones (adjacent equal styles merge). */
    static List<String> styled(Styler styler, String text) {
        StyleSpans<Collection<String>> spans = styler.style(text);
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
        assertThat(styled(Styler.of(Syntax.JSON), "{\"Sid\": \"A\\\"b\", \"n\": -1.5e3, \"ok\": [true, null]}"))
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
        assertThat(styled(Styler.of(Syntax.HCL), hcl)).containsExactly(
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
        assertThat(styled(Styler.of(Syntax.HCL), hcl)).containsExactly(
                "hcl-block:variable", "hcl-string:\"bucket_name\"", "hcl-bracket:{",
                "hcl-block:validation", "hcl-bracket:{",
                "hcl-attribute:condition", "hcl-function:length", "hcl-bracket:(", "hcl-reference:var.bucket_name",
                "hcl-bracket:)", "hcl-number:3",
                "hcl-bracket:}", "hcl-bracket:}");
    }

    @Test
    void plainTextIsLeftUnstyled() {
        assertThat(styled(Styler.of(Syntax.PLAIN), "anything { \"x\": 1 }")).isEmpty();
    }

    @Test
    void syntaxFollowsTheFileName() {
        assertThat(Syntax.of("policies/bucket-policy.json")).isEqualTo(Syntax.JSON);
        assertThat(Syntax.of("account_B.tf")).isEqualTo(Syntax.HCL);
        assertThat(Syntax.of("terraform.tfvars")).isEqualTo(Syntax.HCL);
        assertThat(Syntax.of("README.md")).isEqualTo(Syntax.PLAIN);
    }
}
