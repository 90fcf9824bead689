package dev.s3grant.policy;

import dev.s3grant.document.DocumentSize;
import dev.s3grant.document.FileKind;
import dev.s3grant.document.GeneratedFile;
import java.util.Optional;

/**
 * One generated policy document with the file name it is written to under {@code policies/}, and
 * the file as written: its canonical text, its size and the ranges of its statements and condition keys.
 */
public record PolicyFile(String fileName, DocumentKind kind, String ownerAlias, PolicyDocument document,
                         GeneratedFile generated) {

    public static PolicyFile of(String fileName, DocumentKind kind, String ownerAlias, PolicyDocument document) {
        PolicyJsonWriter.Written written = PolicyJsonWriter.prettyWithElements(document);
        DocumentSize size = PolicySize.of(kind, document, written.text());
        return new PolicyFile(fileName, kind, ownerAlias, document,
                new GeneratedFile(fileName, FileKind.POLICY_JSON, written.text(), Optional.of(size), written.elements()));
    }

    /** The canonical text ({@link PolicyJson#write}). */
    public String text() {
        return generated.text();
    }

    public DocumentSize size() {
        return generated.size().orElseThrow();
    }
}
