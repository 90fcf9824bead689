package dev.s3grant.hcl;

import java.util.List;
import java.util.Optional;

/** A quoted string or heredoc, as template parts. Adjacent literal parts are always merged. */
public record HclString(List<TemplatePart> parts) implements HclValue {

    public HclString {
        parts = List.copyOf(parts);
    }

    public static HclString of(String literal) {
        return new HclString(literal.isEmpty() ? List.of() : List.of(new TemplatePart.Literal(literal)));
    }

    /** The text, if the string has no interpolations or directives. */
    public Optional<String> literalText() {
        StringBuilder text = new StringBuilder();
        for (TemplatePart part : parts) {
            if (!(part instanceof TemplatePart.Literal literal)) {
                return Optional.empty();
            }
            text.append(literal.text());
        }
        return Optional.of(text.toString());
    }
}
