package dev.s3grant.ui.preview;

/**
 * The code view's line numbers: each line's number, right-aligned to the width of the largest
 * number (padded with spaces in the monospaced font), as RichTextFX's {@code LineNumberFactory}
 * shows them. One instance serves one number of digits: when the text grows or shrinks past a
 * power of ten, the view takes a new one, which sets every number shown again.
 */
final class LineNumbers {

    private final int digits;

    private LineNumbers(int digits) {
        this.digits = digits;
    }

    /** Numbers for a text of {@code lines} lines. */
    static LineNumbers forLines(int lines) {
        return new LineNumbers(digits(lines));
    }

    /** True when these numbers are as wide as a text of {@code lines} lines needs. */
    boolean fits(int lines) {
        return digits == digits(lines);
    }

    private static int digits(int lines) {
        return String.valueOf(Math.max(1, lines)).length();
    }

    /** The number of line {@code index} (from 0), padded on the left to the width of the largest. */
    String text(int index) {
        String number = String.valueOf(index + 1);
        return " ".repeat(Math.max(0, digits - number.length())) + number;
    }
}
