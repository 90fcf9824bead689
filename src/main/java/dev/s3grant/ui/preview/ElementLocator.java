package dev.s3grant.ui.preview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the statements (by Sid) of a policy document and the top-level blocks of a Terraform file
 * (by address: {@code aws_s3_bucket.main}, {@code data.aws_caller_identity.current},
 * {@code variable.bucket_name}), with their text ranges, so the preview can say what the caret is
 * on and highlight what a finding names.
 */
public final class ElementLocator {

    /** One element and where it is: {@code start} inclusive, {@code end} exclusive. */
    public record Element(String id, int start, int end) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private static final Pattern HCL_BLOCK = Pattern.compile(
            "(?m)^(resource|data|variable|output|module|provider|locals|terraform)((?:[ \\t]+\"[^\"\\n]*\")*)[ \\t]*\\{");
    private static final Pattern LABEL = Pattern.compile("\"([^\"\\n]*)\"");

    private ElementLocator() {
    }

    public static List<Element> elements(String text, Syntax syntax) {
        return switch (syntax) {
            case JSON -> statements(text);
            case HCL -> blocks(text);
            case PLAIN -> List.of();
        };
    }

    /** The innermost element that contains {@code offset}. */
    public static Optional<Element> at(String text, Syntax syntax, int offset) {
        return elements(text, syntax).stream()
                .filter(e -> e.contains(offset))
                .min((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start()));
    }

    public static Optional<Element> find(String text, Syntax syntax, String id) {
        return elements(text, syntax).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** JSON objects that have a {@code "Sid"}, found with one pass that skips strings. */
    static List<Element> statements(String text) {
        List<Element> found = new ArrayList<>();
        Deque<Integer> opens = new ArrayDeque<>();
        Deque<String> sids = new ArrayDeque<>();
        String pendingKey = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                int close = stringEnd(text, i);
                String value = text.substring(i + 1, Math.max(i + 1, close - 1));
                int next = skipSpace(text, close);
                if (next < text.length() && text.charAt(next) == ':') {
                    pendingKey = value;
                } else {
                    if ("Sid".equals(pendingKey) && !sids.isEmpty()) {
                        sids.pop();
                        sids.push(value);
                    }
                    pendingKey = null;
                }
                i = close;
                continue;
            }
            if (c == '{') {
                opens.push(i);
                sids.push("");
            } else if (c == '}' && !opens.isEmpty()) {
                int start = opens.pop();
                String sid = sids.pop();
                if (!sid.isEmpty()) {
                    found.add(new Element(sid, lineStart(text, start), i + 1));
                }
            }
            i++;
        }
        return found;
    }

    /** Top-level blocks: a block keyword at the start of a line, its labels, up to its closing brace. */
    static List<Element> blocks(String text) {
        List<Element> found = new ArrayList<>();
        Matcher m = HCL_BLOCK.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            List<String> labels = new ArrayList<>();
            Matcher l = LABEL.matcher(m.group(2));
            while (l.find()) {
                labels.add(l.group(1));
            }
            int end = closingBrace(text, m.end() - 1);
            found.add(new Element(address(m.group(1), labels), m.start(), end));
            from = Math.max(end, m.end());
        }
        return found;
    }

    static String address(String type, List<String> labels) {
        if (type.equals("resource")) {
            return String.join(".", labels);
        }
        List<String> parts = new ArrayList<>();
        parts.add(type);
        parts.addAll(labels);
        return String.join(".", parts);
    }

    private static int closingBrace(String text, int open) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                i = stringEnd(text, i);
                continue;
            }
            if (c == '#' || (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl;
                continue;
            }
            if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if (c == '}' || c == ']' || c == ')') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return text.length();
    }

    /** The index after the closing quote of the string that opens at {@code open}. */
    private static int stringEnd(String text, int open) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '"' || c == '\n') {
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lineStart(String text, int i) {
        int nl = text.lastIndexOf('\n', i - 1);
        int start = nl + 1;
        return text.substring(start, i).isBlank() ? start : i;
    }
}
