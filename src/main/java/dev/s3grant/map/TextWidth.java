package dev.s3grant.map;

/**
 * The width of a line of text, estimated without a toolkit: an East Asian wide or fullwidth character
 * takes one em, any other character {@value #NARROW_EM} em ({@value #NARROW_BOLD_EM} in bold), which
 * is at least the average advance of the sans-serif fonts the map names for Latin text, digits and
 * ARN punctuation (decision 0037). An
 * estimate on the wide side keeps text inside its box in every font the viewer may fall back to.
 */
final class TextWidth {

    static final double NARROW_EM = 0.62;
    /** The same for bold text: the widest common sans-serif bold (DejaVu Sans Bold) averages about 0.68 em. */
    static final double NARROW_BOLD_EM = 0.7;

    private TextWidth() {
    }

    /** The estimated width of {@code text} at {@code fontSize}, in map units. */
    static double of(String text, double fontSize) {
        return of(text, fontSize, NARROW_EM);
    }

    /** The estimated width of {@code text} in bold at {@code fontSize}, in map units. */
    static double ofBold(String text, double fontSize) {
        return of(text, fontSize, NARROW_BOLD_EM);
    }

    private static double of(String text, double fontSize, double narrowEm) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            ems += isWide(codePoint) ? 1.0 : narrowEm;
            i += Character.charCount(codePoint);
        }
        return ems * fontSize;
    }

    /**
     * True for the characters that Unicode's East Asian Width property calls Wide or Fullwidth: CJK
     * ideographs, kana, Hangul, CJK punctuation and the fullwidth forms.
     */
    static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F)        // Hangul Jamo initials
                || (c >= 0x2E80 && c <= 0x303E)    // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
                || (c >= 0x3041 && c <= 0x33FF)    // kana, Bopomofo, Hangul compatibility, Kanbun, CJK strokes, enclosed CJK
                || (c >= 0x3400 && c <= 0x4DBF)    // CJK extension A
                || (c >= 0x4E00 && c <= 0x9FFF)    // CJK unified ideographs
                || (c >= 0xA000 && c <= 0xA4CF)    // Yi
                || (c >= 0xAC00 && c <= 0xD7A3)    // Hangul syllables
                || (c >= 0xF900 && c <= 0xFAFF)    // CJK compatibility ideographs
                || (c >= 0xFE30 && c <= 0xFE4F)    // CJK compatibility forms
                || (c >= 0xFF00 && c <= 0xFF60)    // fullwidth forms
                || (c >= 0xFFE0 && c <= 0xFFE6)    // fullwidth signs
                || (c >= 0x1F300 && c <= 0x1F64F)  // pictographs and emoticons
                || (c >= 0x20000 && c <= 0x3FFFD); // CJK extensions B and beyond
    }
}
