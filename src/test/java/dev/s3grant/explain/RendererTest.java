package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.text.Code;
import dev.s3grant.text.CodeList;
import dev.s3grant.text.Localizer;
import dev.s3grant.text.MessageText;
import org.junit.jupiter.api.Test;

class RendererTest {

    private static Explanations example() {
        var design = GoldenDesigns.example();
        return Explainer.explain(design, PolicyGenerator.generate(design));
    }

    @Test
    void markdownPutsTheOverviewFirstThenEachDocumentThenEachTerraformFile() {
        String md = MarkdownRenderer.render(example(), Localizer.of(Language.EN));
        int[] positions = {md.indexOf("## Overview"), md.indexOf("## `A-trust-policy.json`"),
            md.indexOf("### `TrustEcs`"), md.indexOf("## `A-role-policy.json`"), md.indexOf("### `AllowPutObjects`"),
            md.indexOf("## `bucket-policy.json`"), md.indexOf("### `AllowPutFromA`"), md.indexOf("### `DenyInsecureTransport`"),
            md.indexOf("## `account_A.tf`"), md.indexOf("### `aws_iam_role.writer_a`"), md.indexOf("## `account_B.tf`"),
            md.indexOf("### `aws_s3_bucket_policy.main`")};
        assertThat(positions).doesNotContain(-1).isSorted();
    }

    @Test
    void japaneseLabelsKeepTheSeparatorOutsideTheBoldSoMarkdownClosesIt() {
        String md = MarkdownRenderer.render(example(), Localizer.of(Language.JA));
        assertThat(md).contains("**内容**：", "**理由**：", "**削除した場合**：", "## 概要").doesNotContain("：**");
    }

    @Test
    void plainTextHasNoMarkdownAndNamesEachSubject() {
        String text = TextRenderer.render(example(), Localizer.of(Language.EN));
        assertThat(text).doesNotContain("`", "**", "```", "## ")
                .contains("[TrustEcs]", "[AllowPutFromA]", "[aws_s3_bucket.main]", "What it does: Allows role arn:aws:iam::");
    }

    @Test
    void codeIsQuotedInMarkdownAndListsUseTheLanguagesSeparator() {
        Message m = Message.of("explain.stmt.allowPutObjects.what", new Code("arn:aws:iam::1:role/r"),
                CodeList.of("s3:PutObject", "s3:AbortMultipartUpload"), CodeList.of("arn:aws:s3:::b/*"));
        assertThat(new MessageText(Localizer.of(Language.EN), true).render(m))
                .isEqualTo("Allows role `arn:aws:iam::1:role/r` to call `s3:PutObject`, `s3:AbortMultipartUpload` on `arn:aws:s3:::b/*`.");
        assertThat(new MessageText(Localizer.of(Language.JA), false).render(m))
                .isEqualTo("ロール arn:aws:iam::1:role/r に、arn:aws:s3:::b/* に対する s3:PutObject、s3:AbortMultipartUpload を許可します。");
    }

    @Test
    void textHeadingsAreUnderlinedToTheWidthATerminalShows() {
        assertThat(TextRenderer.width("概要")).isEqualTo(4);
        assertThat(TextRenderer.width("Overview")).isEqualTo(8);
        assertThat(TextRenderer.render(example(), Localizer.of(Language.JA))).contains("概要\n----\n");
    }

    @Test
    void emptyDesignValuesAreShownAsNotSet() {
        Message m = Message.of("explain.overview.existingKey", NotSet.codeOrNotSet(""), new Code("kms-key-policy.json"));
        assertThat(new MessageText(Localizer.of(Language.EN), true).render(m)).startsWith("Key (not set) already exists");
        assertThat(new MessageText(Localizer.of(Language.JA), true).render(m)).startsWith("キー (未設定) は既存のキーです");
    }
}
