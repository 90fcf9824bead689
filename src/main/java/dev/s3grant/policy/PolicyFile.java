package dev.s3grant.policy;

/**
 * One generated policy document with the file name it is written to under {@code policies/}, its
 * canonical text and its size.
 */
public record PolicyFile(String fileName, DocumentKind kind, String ownerAlias, PolicyDocument document,
                         String text, DocumentSize size) {

    public static PolicyFile of(String fileName, DocumentKind kind, String ownerAlias, PolicyDocument document) {
        String text = PolicyJson.write(document);
        return new PolicyFile(fileName, kind, ownerAlias, document, text, DocumentSize.of(kind, document, text));
    }
}
