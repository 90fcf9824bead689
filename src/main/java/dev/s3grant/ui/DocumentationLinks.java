package dev.s3grant.ui;

import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Language;
import java.util.List;

/** The AWS documentation pages the Help menu offers (from {@link DocLinks}, as docs/aws-rules.md cites them), opened in the user's language. */
public final class DocumentationLinks {

    /** One page: the key of its menu text and its English URL. */
    public record Link(String key, String url) {

        /** The page in {@code language}: AWS serves Japanese pages under {@code /ja_jp/}. */
        public String url(Language language) {
            String prefix = "https://docs.aws.amazon.com/";
            if (language == Language.JA && url.startsWith(prefix)) {
                return prefix + "ja_jp/" + url.substring(prefix.length());
            }
            return url;
        }
    }

    public static final List<Link> LINKS = List.of(
            new Link("ui.help.doc.crossAccount", DocLinks.CROSS_ACCOUNT_EVALUATION),
            new Link("ui.help.doc.objectOwnership", DocLinks.OBJECT_OWNERSHIP),
            new Link("ui.help.doc.blockPublicAccess", DocLinks.BLOCK_PUBLIC_ACCESS),
            new Link("ui.help.doc.principal", DocLinks.PRINCIPAL),
            new Link("ui.help.doc.conditionKeys", DocLinks.CONDITION_KEYS),
            new Link("ui.help.doc.confusedDeputy", DocLinks.CONFUSED_DEPUTY),
            new Link("ui.help.doc.sseKms", DocLinks.SSE_KMS),
            new Link("ui.help.doc.keyPolicy", DocLinks.KMS_EXTERNAL_ACCOUNTS),
            new Link("ui.help.doc.securityBestPractices", DocLinks.S3_SECURITY),
            new Link("ui.help.doc.quotas", DocLinks.IAM_QUOTAS));

    private DocumentationLinks() {
    }
}
