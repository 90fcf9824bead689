package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateTextTest {

    private static final TemplateText BUCKET = TemplateText.interpolation(HclExpr.ref("var.bucket_name"));

    @Test
    void aLoneInterpolationIsWrittenAsTheBareReference() {
        assertThat(BUCKET.source()).isEqualTo("var.bucket_name");
    }

    @Test
    void literalsAndInterpolationsMakeOneQuotedTemplate() {
        TemplateText arn = TemplateText.literal("arn:").append(TemplateText.interpolation(HclExpr.ref("var.partition")))
                .append(":s3:::").append(BUCKET).append("/incoming/*");
        assertThat(arn.source()).isEqualTo("\"arn:${var.partition}:s3:::${var.bucket_name}/incoming/*\"");
    }

    @Test
    void adjacentLiteralsAreMergedAndEmptyOnesDropped() {
        TemplateText text = TemplateText.literal("a").append("").append("b");
        assertThat(text.parts()).containsExactly(new TemplateText.Literal("ab"));
        assertThat(TemplateText.literal("").source()).isEqualTo("\"\"");
    }

    @Test
    void aDollarRightBeforeAnInterpolationIsAUnicodeEscape() {
        assertThat(TemplateText.literal("cost$").append(BUCKET).source()).isEqualTo("\"cost\\u0024${var.bucket_name}\"");
        assertThat(TemplateText.literal("$$").append(BUCKET).source()).isEqualTo("\"$\\u0024${var.bucket_name}\"");
        assertThat(BUCKET.append("$").source()).isEqualTo("\"${var.bucket_name}$\"");
    }

    @Test
    void typedTemplateSequencesStayLiteral() {
        assertThat(TemplateText.literal("${x} %{if}").append(BUCKET).source())
                .isEqualTo("\"$${x} %%{if}${var.bucket_name}\"");
    }

    @Test
    void anInterpolationMayHoldAFunctionCall() {
        TemplateText alias = TemplateText.literal("alias/").append(TemplateText.interpolation(
                HclExpr.call("replace", HclExpr.ref("var.bucket_name"), HclExpr.string("."), HclExpr.string("-"))));
        assertThat(alias.source()).isEqualTo("\"alias/${replace(var.bucket_name, \".\", \"-\")}\"");
    }
}
