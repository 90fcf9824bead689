package dev.s3grant.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A string template: literal text and interpolations, such as
 * <code>"arn:${var.partition}:s3:::${var.bucket_name}/*"</code>. Adjacent literals are merged. A
 * template that is one interpolation only is written as the bare expression, as {@code terraform fmt}
 * prefers.
 */
final class TemplateText {

    /** One piece of a template. */
    sealed interface Part {
    }

    /** Text taken as it is. */
    record Literal(String text) implements Part {
        Literal {
            Objects.requireNonNull(text, "text");
        }
    }

    /** <code>${ expression }</code>. */
    record Interpolation(HclExpr expression) implements Part {
        Interpolation {
            Objects.requireNonNull(expression, "expression");
        }
    }

    private final List<Part> parts;
    /** The HCL source, worked out when first asked. */
    private String source;

    TemplateText(List<Part> parts) {
        List<Part> merged = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                if (literal.text().isEmpty()) {
                    continue;
                }
                if (!merged.isEmpty() && merged.get(merged.size() - 1) instanceof Literal previous) {
                    merged.set(merged.size() - 1, new Literal(previous.text() + literal.text()));
                    continue;
                }
            }
            merged.add(part);
        }
        this.parts = List.copyOf(merged);
    }

    List<Part> parts() {
        return parts;
    }

    static TemplateText literal(String text) {
        return new TemplateText(List.of(new Literal(text)));
    }

    static TemplateText interpolation(HclExpr expression) {
        return new TemplateText(List.of(new Interpolation(expression)));
    }

    TemplateText append(TemplateText other) {
        List<Part> all = new ArrayList<>(parts);
        all.addAll(other.parts);
        return new TemplateText(all);
    }

    TemplateText append(String literal) {
        return append(literal(literal));
    }

    /** The template as HCL source: a bare expression, or a quoted string. */
    String source() {
        if (source == null) {
            source = render();
        }
        return source;
    }

    private String render() {
        if (parts.size() == 1 && parts.get(0) instanceof Interpolation only) {
            return HclRenderer.inline(only.expression());
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (part instanceof Literal literal) {
                String escaped = HclStrings.escapeLiteral(literal.text());
                boolean beforeInterpolation = i + 1 < parts.size() && parts.get(i + 1) instanceof Interpolation;
                if (beforeInterpolation && escaped.endsWith("$")) {
                    // "$${" would be read as an escaped "${": write this dollar as a Unicode escape.
                    escaped = escaped.substring(0, escaped.length() - 1) + "\\u0024";
                }
                out.append(escaped);
            } else if (part instanceof Interpolation interpolation) {
                out.append("${").append(HclRenderer.inline(interpolation.expression())).append('}');
            }
        }
        return out.append('"').toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TemplateText t && parts.equals(t.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return "TemplateText" + parts;
    }
}
