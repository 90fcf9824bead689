package dev.s3grant.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes HCL as {@code terraform fmt} leaves it: two spaces per level, {@code =} aligned within each
 * run of consecutive single-line attributes (or object entries), LF line ends, no trailing blanks.
 * A value that spans lines, a blank line, a comment or a block line ends a run. Objects are always
 * written over several lines; a tuple is written on one line when it has at most one single-line
 * element.
 *
 * <p>While it writes a file it can report where each top-level block and attribute, and each nested
 * block that carries an element name, went: {@link Placed}, by line.
 */
final class HclRenderer {

    /**
     * A node as written: its first and last line (inclusive, 0-based), and the top-level block it
     * sits in (null for a top-level node).
     */
    record Placed(HclNode node, HclNode.Block top, int firstLine, int lastLine) {
    }

    /** The file's lines, without their line breaks, and where its nodes went. */
    record Rendered(List<String> lines, List<Placed> placed) {

        String text() {
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
    }

    private static final int INDENT = 2;

    private HclRenderer() {
    }

    /** The body as file text, ending in a newline. */
    static String file(List<HclNode> body) {
        return render(body).text();
    }

    /** The body as file lines, with where its top-level nodes and named nested blocks went. */
    static Rendered render(List<HclNode> body) {
        List<String> lines = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        body(body, 0, lines, null, placed::add);
        return new Rendered(lines, placed);
    }

    /** An expression on one line, for interpolations and single-line values. */
    static String inline(HclExpr expression) {
        List<String> lines = expression(expression, 0);
        if (lines.size() != 1) {
            throw new IllegalArgumentException("not a one-line expression: " + expression);
        }
        return lines.get(0);
    }

    /**
     * {@code top}: the top-level block the body belongs to, null for the file's own body, whose
     * blocks and attributes go to {@code placed}; inside, blocks with an element name go there too.
     */
    private static void body(List<HclNode> nodes, int indent, List<String> out, HclNode.Block top,
                             Consumer<Placed> placed) {
        AlignedRun run = new AlignedRun(indent, out, top == null ? placed : null);
        for (HclNode node : nodes) {
            if (node instanceof HclNode.Attribute attribute) {
                run.add(attribute, expression(attribute.value(), indent));
                continue;
            }
            run.end();
            if (node instanceof HclNode.Blank) {
                out.add("");
            } else if (node instanceof HclNode.Comment comment) {
                out.add(spaces(indent) + ("# " + comment.text()).stripTrailing());
            } else if (node instanceof HclNode.Block block) {
                int first = out.size();
                block(block, indent, out, top == null ? block : top, placed);
                if (top == null || !block.element().isEmpty()) {
                    placed.accept(new Placed(block, top, first, out.size() - 1));
                }
            }
        }
        run.end();
    }

    private static void block(HclNode.Block block, int indent, List<String> out, HclNode.Block top,
                              Consumer<Placed> placed) {
        StringBuilder header = new StringBuilder(spaces(indent)).append(block.type());
        for (String label : block.labels()) {
            header.append(' ').append(HclStrings.quote(label));
        }
        if (block.body().isEmpty()) {
            out.add(header.append(" {}").toString());
            return;
        }
        out.add(header.append(" {").toString());
        body(block.body(), indent + INDENT, out, top, placed);
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
        AlignedRun run = new AlignedRun(indent + INDENT, lines, null);
        for (HclExpr.Entry entry : object.entries()) {
            run.add(HclStrings.objectKey(entry.key()), null, expression(entry.value(), indent + INDENT));
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

    /**
     * Consecutive single-line assignments, written with their {@code =} in one column; where each
     * attribute went goes to {@code placed} when it is not null.
     */
    private static final class AlignedRun {
        private final int indent;
        private final List<String> out;
        private final Consumer<Placed> placed;
        private final List<Pending> pending = new ArrayList<>();

        private record Pending(String lead, String value, HclNode.Attribute node) {
        }

        AlignedRun(int indent, List<String> out, Consumer<Placed> placed) {
            this.indent = indent;
            this.out = out;
            this.placed = placed;
        }

        void add(HclNode.Attribute attribute, List<String> valueLines) {
            add(attribute.name(), attribute, valueLines);
        }

        void add(String lead, HclNode.Attribute node, List<String> valueLines) {
            if (valueLines.size() == 1) {
                pending.add(new Pending(lead, valueLines.get(0), node));
                return;
            }
            end();
            int first = out.size();
            out.add(spaces(indent) + lead + " = " + valueLines.get(0));
            out.addAll(valueLines.subList(1, valueLines.size()));
            place(node, first);
        }

        void end() {
            int width = 0;
            for (Pending p : pending) {
                width = Math.max(width, p.lead().length());
            }
            for (Pending p : pending) {
                int line = out.size();
                out.add(new StringBuilder(indent + width + 3 + p.value().length()).append(spaces(indent)).append(p.lead())
                        .append(spaces(width - p.lead().length())).append(" = ").append(p.value()).toString());
                place(p.node(), line);
            }
            pending.clear();
        }

        private void place(HclNode.Attribute node, int first) {
            if (placed != null && node != null) {
                placed.accept(new Placed(node, null, first, out.size() - 1));
            }
        }
    }
}
