package dev.s3grant.hcl;

/** Character classes of the native syntax (Unicode UAX #31 identifiers, plus {@code -} inside them). */
final class CharClasses {

    private CharClasses() {
    }

    static boolean isIdentifierStart(int codePoint) {
        return codePoint == '_' || Character.isUnicodeIdentifierStart(codePoint);
    }

    static boolean isIdentifierPart(int codePoint) {
        if (codePoint == '-') {
            return true;
        }
        return Character.isUnicodeIdentifierPart(codePoint) && !Character.isIdentifierIgnorable(codePoint);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
