package dev.s3grant.ui;

import dev.s3grant.model.Language;
import java.util.List;

/** The AWS documentation pages the Help menu offers (as docs/aws-rules.md cites them), opened in the user's language. */
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
            new Link("ui.help.doc.crossAccount",
                    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html"),
            new Link("ui.help.doc.objectOwnership",
                    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html"),
            new Link("ui.help.doc.blockPublicAccess",
                    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"),
            new Link("ui.help.doc.principal",
                    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html"),
            new Link("ui.help.doc.conditionKeys",
                    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html"),
            new Link("ui.help.doc.confusedDeputy",
                    "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html"),
            new Link("ui.help.doc.sseKms",
                    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html"),
            new Link("ui.help.doc.keyPolicy",
                    "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html"),
            new Link("ui.help.doc.securityBestPractices",
                    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html"),
            new Link("ui.help.doc.quotas",
                    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html"));

    private DocumentationLinks() {
    }
}
