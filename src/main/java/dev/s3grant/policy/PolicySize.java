package dev.s3grant.policy;

import dev.s3grant.document.DocumentSize;
import java.nio.charset.StandardCharsets;

/** Measures a policy document as the service counts it (docs/aws-rules.md#sizes). */
final class PolicySize {

    private PolicySize() {
    }

    /** The size of a document whose canonical text ({@link PolicyJson#write}) is already written. */
    static DocumentSize of(DocumentKind kind, PolicyDocument document, String canonicalText) {
        int used = switch (kind.unit()) {
            case BYTES -> PolicyJson.writeMinified(document).getBytes(StandardCharsets.UTF_8).length;
            case NON_WHITESPACE_CHARACTERS -> countNonWhitespace(canonicalText);
        };
        return new DocumentSize(used, kind.limit(), kind.unit());
    }

    /** The code points of {@code text} that are not whitespace. */
    static int countNonWhitespace(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (!Character.isWhitespace(text.codePointAt(i))) {
                count++;
            }
        }
        return count;
    }
}
