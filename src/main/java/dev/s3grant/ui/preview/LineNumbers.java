package dev.s3grant.ui.preview;

import java.util.function.IntFunction;
import javafx.scene.Node;

/**
 * The code area's paragraph graphics: each line's number, right-aligned to the width of the
 * largest number (padded with spaces in the monospaced font), as RichTextFX's
 * {@code LineNumberFactory} shows them. A factory serves one number of digits: when the text
 * grows or shrinks past a power of ten, the view sets a new factory, which redraws every number.
 */
final class LineNumbers implements IntFunction<Node> {

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

    @Override
    public Node apply(int index) {
        String number = String.valueOf(index + 1);
        return new LineNumber(" ".repeat(Math.max(0, digits - number.length())) + number);
    }
}
