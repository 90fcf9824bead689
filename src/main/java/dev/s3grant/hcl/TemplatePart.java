package dev.s3grant.hcl;

import java.util.Objects;

/** One piece of a string template: literal text, an interpolation, or a directive kept as text. */
public sealed interface TemplatePart {

    /** Text with escapes already processed and strip markers and heredoc indentation applied. */
    record Literal(String text) implements TemplatePart {
        public Literal {
            Objects.requireNonNull(text, "text");
        }
    }

    /** <code>${ expression }</code>: the inner expression's value and its source text (without <code>${</code>). */
    record Interpolation(HclValue value, String text) implements TemplatePart {
        public Interpolation {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(text, "text");
        }
    }

    /** <code>%{ if ... }</code>, <code>%{ else }</code>, <code>%{ endfor }</code> ...: its whole source text. */
    record Directive(String text) implements TemplatePart {
        public Directive {
            Objects.requireNonNull(text, "text");
        }
    }
}
