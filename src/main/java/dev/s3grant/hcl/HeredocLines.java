package dev.s3grant.hcl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over the source that remembers which lines could close a heredoc (a lone identifier,
 * optionally indented) and which lines start a top-level block. The lexer asks it, in logarithmic
 * time, whether a heredoc will ever be closed and, if not, where to stop reading it.
 */
final class HeredocLines {

    private final Map<String, int[]> closingLinesByMarker;
    private final int[] blockHeaderLines;

    HeredocLines(String source) {
        Map<String, List<Integer>> closers = new HashMap<>();
        List<Integer> headers = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= source.length()) {
            int newline = source.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? source.length() : newline;
            String marker = loneIdentifier(source, lineStart, lineEnd);
            if (marker != null) {
                closers.computeIfAbsent(marker, k -> new ArrayList<>()).add(lineStart);
            }
            if (RecoveryAnchors.isBlockHeaderLine(source, lineStart)) {
                headers.add(lineStart);
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        this.closingLinesByMarker = new HashMap<>();
        closers.forEach((marker, lines) -> closingLinesByMarker.put(marker, toArray(lines)));
        this.blockHeaderLines = toArray(headers);
    }

    /** Whether some line at or after {@code offset} consists of {@code marker} alone. */
    boolean hasClosingLine(String marker, int offset) {
        int[] lines = closingLinesByMarker.get(marker);
        return lines != null && firstAtOrAfter(lines, offset) < lines.length;
    }

    /** The start of the first top-level block header line at or after {@code offset}, or {@code fallback}. */
    int nextBlockHeaderLine(int offset, int fallback) {
        int index = firstAtOrAfter(blockHeaderLines, offset);
        return index < blockHeaderLines.length ? blockHeaderLines[index] : fallback;
    }

    private static int firstAtOrAfter(int[] sorted, int offset) {
        int found = Arrays.binarySearch(sorted, offset);
        return found >= 0 ? found : -found - 1;
    }

    private static String loneIdentifier(String source, int start, int end) {
        int from = start;
        while (from < end && (source.charAt(from) == ' ' || source.charAt(from) == '\t')) {
            from++;
        }
        int to = end;
        if (to > from && source.charAt(to - 1) == '\r') {
            to--;
        }
        if (from == to || !CharClasses.isIdentifierStart(source.codePointAt(from))) {
            return null;
        }
        int i = from + Character.charCount(source.codePointAt(from));
        while (i < to) {
            int cp = source.codePointAt(i);
            if (!CharClasses.isIdentifierPart(cp)) {
                return null;
            }
            i += Character.charCount(cp);
        }
        return source.substring(from, to);
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
