package dev.s3grant.terraform;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes HCL as {@code terraform fmt} leaves it: two spaces per level, {@code =} aligned within each
 * run of consecutive single-line attributes (or object entries), LF line ends, no trailing blanks.
 * A value that spans lines, a blank line, a comment or a block line ends a run. Objects are always
 * written over several lines; a tuple is written on one line when it has at most one single-line
 * element.
 */
final class HclRenderer {

    private static final int INDENT = 2;

    private HclRenderer() {
    }

    /** The body as file text, ending in a newline. */
    static String file(List<HclNode> body) {
        List<String> lines = new ArrayList<>();
        body(body, 0, lines);
        int length = 0;
        for (String line : lines) {
            length += line.length() + 1;
        }
        StringBuilder out = new StringBuilder(length);
        for (String line : lines) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** An expression on one line, for interpolations and single-line values. */
    static String inline(HclExpr expression) {
        List<String> lines = expression(expression, 0);
        if (lines.size() != 1) {
            throw new IllegalArgumentException("not a one-line expression: " + expression);
        }
        return lines.get(0);
    }

    private static void body(List<HclNode> nodes, int indent, List<String> out) {
        AlignedRun run = new AlignedRun(indent, out);
        for (HclNode node : nodes) {
            if (node instanceof HclNode.Attribute attribute) {
                run.add(attribute.name(), expression(attribute.value(), indent));
                continue;
            }
            run.end();
            if (node instanceof HclNode.Blank) {
                out.add("");
            } else if (node instanceof HclNode.Comment comment) {
                out.add(spaces(indent) + ("# " + comment.text()).stripTrailing());
            } else if (node instanceof HclNode.Block block) {
                block(block, indent, out);
            }
        }
        run.end();
    }

    private static void block(HclNode.Block block, int indent, List<String> out) {
        StringBuilder header = new StringBuilder(spaces(indent)).append(block.type());
        for (String label : block.labels()) {
            header.append(' ').append(HclStrings.quote(label));
        }
        if (block.body().isEmpty()) {
            out.add(header.append(" {}").toString());
            return;
        }
        out.add(header.append(" {").toString());
        body(block.body(), indent + INDENT, out);
        out.add(spaces(indent) + "}");
    }

    /**
     * The lines of an expression written at {@code indent}: the first line without indentation
     * (it follows {@code name = }), the others fully indented.
     */
    static List<String> expression(HclExpr expression, int indent) {
        if (expression instanceof HclExpr.Text text) {
            return List.of(text.template().source());
        }
        if (expression instanceof HclExpr.Bare bare) {
            return List.of(bare.source());
        }
        if (expression instanceof HclExpr.Not not) {
            List<String> lines = new ArrayList<>(expression(not.operand(), indent));
            lines.set(0, "!" + lines.get(0));
            return lines;
        }
        if (expression instanceof HclExpr.Binary binary) {
            return List.of(inline(binary.left()) + " " + binary.operator() + " " + inline(binary.right()));
        }
        if (expression instanceof HclExpr.Tuple tuple) {
            return tuple(tuple, indent);
        }
        if (expression instanceof HclExpr.Obj object) {
            return object(object, indent);
        }
        if (expression instanceof HclExpr.Call call) {
            return call(call, indent);
        }
        throw new IllegalArgumentException("unknown expression " + expression);
    }

    private static List<String> tuple(HclExpr.Tuple tuple, int indent) {
        if (tuple.elements().isEmpty()) {
            return List.of("[]");
        }
        if (tuple.elements().size() == 1) {
            List<String> only = expression(tuple.elements().get(0), indent);
            if (only.size() == 1) {
                return List.of("[" + only.get(0) + "]");
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("[");
        for (int i = 0; i < tuple.elements().size(); i++) {
            int first = lines.size();
            lines.addAll(expression(tuple.elements().get(i), indent + INDENT));
            lines.set(first, spaces(indent + INDENT) + lines.get(first));
            if (i + 1 < tuple.elements().size()) {
                int last = lines.size() - 1;
                lines.set(last, lines.get(last) + ",");
            }
        }
        lines.add(spaces(indent) + "]");
        return lines;
    }

    private static List<String> object(HclExpr.Obj object, int indent) {
        if (object.entries().isEmpty()) {
            return List.of("{}");
        }
        List<String> lines = new ArrayList<>();
        lines.add("{");
        AlignedRun run = new AlignedRun(indent + INDENT, lines);
        for (HclExpr.Entry entry : object.entries()) {
            run.add(HclStrings.objectKey(entry.key()), expression(entry.value(), indent + INDENT));
        }
        run.end();
        lines.add(spaces(indent) + "}");
        return lines;
    }

    /** {@code f(a, b)}; an argument that spans lines continues the call's lines: <code>jsonencode({ ... })</code>. */
    private static List<String> call(HclExpr.Call call, int indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(call.function()).append('(');
        for (int i = 0; i < call.arguments().size(); i++) {
            List<String> argument = expression(call.arguments().get(i), indent);
            current.append(argument.get(0));
            if (argument.size() > 1) {
                lines.add(current.toString());
                lines.addAll(argument.subList(1, argument.size() - 1));
                current = new StringBuilder(argument.get(argument.size() - 1));
            }
            if (i + 1 < call.arguments().size()) {
                current.append(", ");
            }
        }
        lines.add(current.append(')').toString());
        return lines;
    }

    private static final String[] SPACES = new String[64];

    static {
        for (int i = 0; i < SPACES.length; i++) {
            SPACES[i] = " ".repeat(i);
        }
    }

    static String spaces(int count) {
        return count < SPACES.length ? SPACES[count] : " ".repeat(count);
    }

    /** Consecutive single-line assignments, written with their {@code =} in one column. */
    private static final class AlignedRun {
        private final int indent;
        private final List<String> out;
        private final List<String[]> pending = new ArrayList<>();

        AlignedRun(int indent, List<String> out) {
            this.indent = indent;
            this.out = out;
        }

        void add(String lead, List<String> valueLines) {
            if (valueLines.size() == 1) {
                pending.add(new String[] {lead, valueLines.get(0)});
                return;
            }
            end();
            out.add(spaces(indent) + lead + " = " + valueLines.get(0));
            out.addAll(valueLines.subList(1, valueLines.size()));
        }

        void end() {
            int width = 0;
            for (String[] p : pending) {
                width = Math.max(width, p[0].length());
            }
            for (String[] p : pending) {
                out.add(new StringBuilder(indent + width + 3 + p[1].length()).append(spaces(indent)).append(p[0])
                        .append(spaces(width - p[0].length())).append(" = ").append(p[1]).toString());
            }
            pending.clear();
        }
    }
}
