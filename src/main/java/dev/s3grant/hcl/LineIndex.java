package dev.s3grant.hcl;

import java.util.Arrays;

/** Turns {@code char} offsets of one source string into {@link Range}s with lines and columns; for one thread. */
final class LineIndex {

    private final int[] lineStarts;
    private final int length;
    private int lastLine;

    LineIndex(String source) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = source.length();
    }

    Range range(int startOffset, int endOffset) {
        int start = clamp(startOffset);
        int end = Math.max(start, clamp(endOffset));
        int startLine = lineOf(start);
        int endLine = lineOf(end);
        return new Range(startLine + 1, start - lineStarts[startLine] + 1,
                endLine + 1, end - lineStarts[endLine] + 1, start, end);
    }

    /** The offset where the 0-based line containing {@code offset} starts. */
    int lineStart(int offset) {
        return lineStarts[lineOf(clamp(offset))];
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(length, offset));
    }

    /**
     * The 0-based line of an offset. The lexer and the parser ask in source order, so the line of
     * the previous answer, or the one after it, is tried before a binary search.
     */
    private int lineOf(int offset) {
        if (!onLine(lastLine, offset)) {
            if (onLine(lastLine + 1, offset)) {
                lastLine++;
            } else {
                int found = Arrays.binarySearch(lineStarts, offset);
                lastLine = found >= 0 ? found : -found - 2;
            }
        }
        return lastLine;
    }

    private boolean onLine(int line, int offset) {
        return line < lineStarts.length && offset >= lineStarts[line]
                && (line + 1 == lineStarts.length || offset < lineStarts[line + 1]);
    }
}
