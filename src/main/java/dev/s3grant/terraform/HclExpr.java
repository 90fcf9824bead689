package dev.s3grant.terraform;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** An expression the generator writes: strings, references, tuples, objects and function calls. */
sealed interface HclExpr {

    /** A quoted string or template. */
    record Text(TemplateText template) implements HclExpr {
        public Text {
            Objects.requireNonNull(template, "template");
        }
    }

    /** Source written as it is: a reference ({@code var.x}), a keyword ({@code true}) or a type ({@code string}). */
    record Bare(String source) implements HclExpr {
        public Bare {
            Objects.requireNonNull(source, "source");
        }
    }

    /** {@code [a, b]}. */
    record Tuple(List<HclExpr> elements) implements HclExpr {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** <code>{ key = value }</code>, entries in the order given. */
    record Obj(List<Entry> entries) implements HclExpr {
        public Obj {
            entries = List.copyOf(entries);
        }
    }

    /** One entry of an object; the key is written bare when it is an identifier, quoted otherwise. */
    record Entry(String key, HclExpr value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code name(arguments)}. */
    record Call(String function, List<HclExpr> arguments) implements HclExpr {
        public Call {
            Objects.requireNonNull(function, "function");
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code !operand}. */
    record Not(HclExpr operand) implements HclExpr {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** {@code left operator right} on one line, such as {@code a && b} or {@code self.id == var.region}. */
    record Binary(HclExpr left, String operator, HclExpr right) implements HclExpr {
        public Binary {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(right, "right");
        }
    }

    static HclExpr string(String literal) {
        return new Text(TemplateText.literal(literal));
    }

    static HclExpr text(TemplateText template) {
        return new Text(template);
    }

    static HclExpr ref(String traversal) {
        return new Bare(traversal);
    }

    static HclExpr bool(boolean value) {
        return new Bare(Boolean.toString(value));
    }

    static HclExpr call(String function, HclExpr... arguments) {
        return new Call(function, Arrays.asList(arguments));
    }

    static HclExpr tuple(List<HclExpr> elements) {
        return new Tuple(elements);
    }
}
