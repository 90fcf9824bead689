package dev.s3grant.existing.adopt;

import dev.s3grant.hcl.Range;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text surgery on an existing file, keeping every other byte as it was: removes whole blocks (with
 * the comment lines directly above them and one blank line), and renames references to resources
 * that moved ({@code aws_iam_role.old.arn} becomes {@code aws_iam_role.new.arn}).
 */
final class BlockCutter {

    private BlockCutter() {
    }

    static String cut(String text, List<Range> blocks) {
        StringBuilder out = new StringBuilder(text);
        List<Range> descending = blocks.stream().sorted(Comparator.comparingInt(Range::startOffset).reversed()).toList();
        for (Range block : descending) {
            String current = out.toString();
            int start = withCommentsAbove(current, lineStart(current, block.startOffset()));
            int end = block.endOffset();
            if (end < current.length() && current.charAt(end) == '\n') {
                end++;
            }
            boolean blankBefore = start == 0 || (start >= 2 && current.charAt(start - 2) == '\n');
            if (blankBefore && end < current.length() && current.charAt(end) == '\n') {
                end++;
            }
            out.delete(start, end);
        }
        while (out.length() >= 2 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** Every reference to a renamed resource address, renamed; {@code renames} maps old to new addresses. */
    static String rename(String text, Map<String, String> renames) {
        String out = text;
        for (Map.Entry<String, String> r : renames.entrySet()) {
            Pattern reference = Pattern.compile("(?<![\\w.\\-])" + Pattern.quote(r.getKey()) + "(?![\\w\\-])");
            out = reference.matcher(out).replaceAll(Matcher.quoteReplacement(r.getValue()));
        }
        return out;
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private static int withCommentsAbove(String text, int start) {
        int lineStart = start;
        while (lineStart > 0) {
            int previous = text.lastIndexOf('\n', lineStart - 2) + 1;
            String line = text.substring(previous, lineStart - 1).trim();
            if (!(line.startsWith("#") || line.startsWith("//"))) {
                break;
            }
            lineStart = previous;
        }
        return lineStart;
    }
}
