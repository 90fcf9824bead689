package dev.s3grant.policy;

import java.nio.charset.StandardCharsets;

/** A document's size counted as the service counts it, with its limit. */
public record DocumentSize(int used, int limit, DocumentKind.SizeUnit unit) {

    public static DocumentSize of(DocumentKind kind, PolicyDocument document) {
        return of(kind, document, PolicyJson.write(document));
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

    public boolean overLimit() {
        return used > limit;
    }

    /** Within 10% of the limit but not over it. */
    public boolean nearLimit() {
        return !overLimit() && used * 10L >= limit * 9L;
    }

    /** Used part of the limit in percent, rounded down. */
    public int percent() {
        return (int) (used * 100L / limit);
    }
}
