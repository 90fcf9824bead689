package dev.s3grant.diff;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the changed words of a changed line with java-diff-utils' {@link DiffRowGenerator}. The
 * generator marks changed words with tags; the tags here are two characters that occur in neither
 * line, so the marked text can be cut back into segments without any escaping.
 */
final class WordDiff {

    record Pair(List<Segment> oldSegments, List<Segment> newSegments) {
    }

    private WordDiff() {
    }

    static Pair segments(String oldLine, String newLine) {
        char open = unusedChar(oldLine, newLine, '\uE000');
        char close = unusedChar(oldLine, newLine, (char) (open + 1));
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(false)
                .lineNormalizer(s -> s)
                .oldTag(start -> String.valueOf(start ? open : close))
                .newTag(start -> String.valueOf(start ? open : close))
                .build();
        List<DiffRow> rows = generator.generateDiffRows(List.of(oldLine), List.of(newLine));
        StringBuilder oldMarked = new StringBuilder();
        StringBuilder newMarked = new StringBuilder();
        for (DiffRow row : rows) {
            oldMarked.append(row.getOldLine());
            newMarked.append(row.getNewLine());
        }
        return new Pair(cut(oldMarked.toString(), open, close), cut(newMarked.toString(), open, close));
    }

    private static List<Segment> cut(String marked, char open, char close) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean changed = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == open || c == close) {
                add(segments, run, changed);
                changed = c == open;
            } else {
                run.append(c);
            }
        }
        add(segments, run, changed);
        return segments;
    }

    private static void add(List<Segment> segments, StringBuilder run, boolean changed) {
        if (run.length() == 0) {
            return;
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).changed() == changed) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(last.text() + run, changed));
        } else {
            segments.add(new Segment(run.toString(), changed));
        }
        run.setLength(0);
    }

    /** The first character from {@code from} on (in the private use area) that neither line contains. */
    private static char unusedChar(String a, String b, char from) {
        char c = from;
        while (a.indexOf(c) >= 0 || b.indexOf(c) >= 0) {
            c++;
        }
        return c;
    }
}
