package dev.s3grant.terraform;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout rules of {@code terraform fmt}, re-implemented for tests after hclwrite's
 * {@code format.go}: each line is indented two spaces per open bracket (a line that opens several
 * brackets counts once); a line {@code lead = value} whose value closes every bracket it opens is an
 * assignment, and in each run of consecutive assignments every {@code =} stands one space after the
 * longest lead. Plus the file rules: LF, final newline, no tabs, no trailing spaces, no two blank
 * lines in a row, and a blank line before every top-level block.
 */
final class FmtRules {

    private FmtRules() {
    }

    /** Every rule the text breaks, as {@code line N: ...}; empty when {@code terraform fmt} would leave it alone. */
    static List<String> violations(String text) {
        List<String> problems = new ArrayList<>();
        if (!text.endsWith("\n")) {
            problems.add("no final newline");
        }
        if (text.contains("\r")) {
            problems.add("CR line ending");
        }
        if (text.contains("\t")) {
            problems.add("tab character");
        }
        String[] lines = text.split("\n", -1);
        int count = lines.length - 1;
        List<Line> parsed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parsed.add(Line.of(lines[i]));
            if (lines[i].endsWith(" ")) {
                problems.add("line " + (i + 1) + ": trailing space");
            }
            if (i > 0 && lines[i].isEmpty() && lines[i - 1].isEmpty()) {
                problems.add("line " + (i + 1) + ": two blank lines in a row");
            }
        }
        if (count > 0 && lines[0].isEmpty()) {
            problems.add("line 1: blank");
        }
        if (count > 0 && lines[count - 1].isEmpty()) {
            problems.add("line " + count + ": blank line at the end");
        }
        checkIndentation(parsed, problems);
        checkAlignment(lines, parsed, problems);
        checkTopLevelSpacing(lines, parsed, problems);
        return problems;
    }

    private static void checkIndentation(List<Line> lines, List<String> problems) {
        List<Integer> indents = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank) {
                continue;
            }
            int net = line.netBrackets;
            if (net < 0) {
                int closed = -net;
                while (closed > 0 && !indents.isEmpty()) {
                    int top = indents.get(indents.size() - 1);
                    if (closed >= top) {
                        closed -= top;
                        indents.remove(indents.size() - 1);
                    } else {
                        indents.set(indents.size() - 1, top - closed);
                        closed = 0;
                    }
                }
            }
            int expected = 2 * indents.size();
            if (line.indent != expected) {
                problems.add("line " + (i + 1) + ": indented " + line.indent + ", fmt indents " + expected);
            }
            if (net > 0) {
                indents.add(net);
            }
        }
    }

    private static void checkAlignment(String[] text, List<Line> lines, List<String> problems) {
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean assignment = i < lines.size() && lines.get(i).assignColumn >= 0;
            if (assignment && start < 0) {
                start = i;
            }
            if (!assignment && start >= 0) {
                int width = 0;
                for (int j = start; j < i; j++) {
                    width = Math.max(width, lines.get(j).leadWidth);
                }
                for (int j = start; j < i; j++) {
                    if (lines.get(j).assignColumn != width + 1) {
                        problems.add("line " + (j + 1) + ": '=' at column " + (lines.get(j).assignColumn + 1)
                                + ", fmt aligns it at " + (width + 2) + ": " + text[j]);
                    }
                }
                start = -1;
            }
            if (i < lines.size() && lines.get(i).equalsColumn >= 0 && lines.get(i).assignColumn < 0) {
                Line line = lines.get(i);
                if (line.equalsColumn != line.leadWidth + 1) {
                    problems.add("line " + (i + 1) + ": not one space before '=': " + text[i]);
                }
            }
        }
    }

    private static void checkTopLevelSpacing(String[] text, List<Line> lines, List<String> problems) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean topLevelBlock = line.indent == 0 && !line.blank && !line.comment && line.equalsColumn < 0
                    && (text[i].endsWith("{") || text[i].endsWith("{}"));
            if (!topLevelBlock || i == 0) {
                continue;
            }
            int before = i - 1;
            while (before >= 0 && lines.get(before).comment && lines.get(before).indent == 0) {
                before--;
            }
            if (before >= 0 && !lines.get(before).blank) {
                problems.add("line " + (i + 1) + ": no blank line before the top-level block");
            }
        }
    }

    /** One line as hclwrite sees it: indentation, net bracket change, and where its '=' stands. */
    private static final class Line {
        int indent;
        boolean blank;
        boolean comment;
        int netBrackets;
        /** Column (0-based) of the first top-level '=', or -1. */
        int equalsColumn = -1;
        /** The same column when the line is an assignment (its value closes what it opens), else -1. */
        int assignColumn = -1;
        /** Width of the text before the '=' without its trailing spaces. */
        int leadWidth;

        static Line of(String text) {
            Line line = new Line();
            line.blank = text.isBlank();
            while (line.indent < text.length() && text.charAt(line.indent) == ' ') {
                line.indent++;
            }
            line.comment = text.startsWith("#", line.indent) || text.startsWith("//", line.indent);
            if (line.blank || line.comment) {
                return line;
            }
            int netAfterEquals = 0;
            int i = line.indent;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '"') {
                    i = endOfString(text, i);
                    continue;
                }
                if (c == '#' || (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
                    break;
                }
                int change = (c == '{' || c == '[' || c == '(') ? 1 : (c == '}' || c == ']' || c == ')') ? -1 : 0;
                line.netBrackets += change;
                if (line.equalsColumn >= 0) {
                    netAfterEquals += change;
                }
                if (c == '=' && line.equalsColumn < 0 && i > line.indent && isAssignEquals(text, i)) {
                    line.equalsColumn = i;
                    line.leadWidth = text.substring(0, i).stripTrailing().length();
                }
                i++;
            }
            if (line.equalsColumn >= 0 && netAfterEquals == 0) {
                line.assignColumn = line.equalsColumn;
            }
            return line;
        }

        private static boolean isAssignEquals(String text, int i) {
            char before = text.charAt(i - 1);
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            return after != '=' && before != '=' && before != '!' && before != '<' && before != '>';
        }

        /** The index after the closing quote of the string starting at {@code start}, skipping escapes and templates. */
        private static int endOfString(String text, int start) {
            int i = start + 1;
            int depth = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if ((c == '$' || c == '%') && text.startsWith(String.valueOf(c) + c + "{", i)) {
                    i += 3;
                    continue;
                }
                if ((c == '$' || c == '%') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                    depth++;
                    i += 2;
                    continue;
                }
                if (depth > 0 && c == '"') {
                    i = endOfString(text, i);
                    continue;
                }
                if (depth > 0 && c == '}') {
                    depth--;
                } else if (depth == 0 && c == '"') {
                    return i + 1;
                }
                i++;
            }
            return i;
        }
    }
}
