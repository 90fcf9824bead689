package dev.s3grant.ui.i18n;

import dev.s3grant.model.Message;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where something is, in the window's own words, from the outside in: {@code Writer A2 › Who assumes
 * the role › lambda.amazonaws.com}, {@code Access check › Row 3}. Each part is a message, so the
 * trail follows the language; a name the user typed (an alias, a file) is a {@link #literal}.
 */
public record Trail(List<Part> parts) {

    /** Between two parts, in every language. */
    public static final String SEPARATOR = " › ";

    /** One part: a message in the user's language, or a name shown as it is written. */
    public record Part(Message message, String literal) {

        public Part {
            if ((message == null) == (literal == null)) {
                throw new IllegalArgumentException("a part is either a message or a literal");
            }
        }

        String render(UiText text) {
            return message == null ? literal : text.render(message);
        }
    }

    public Trail {
        parts = List.copyOf(parts);
    }

    public static Trail of(Part... parts) {
        return new Trail(List.of(parts));
    }

    /** A part in the user's language. */
    public static Part text(Message message) {
        return new Part(message, null);
    }

    /** A part shown as it is written: a file name, a statement ID, a service principal. */
    public static Part literal(String text) {
        return new Part(null, text);
    }

    /** The parts in the current language, joined by {@link #SEPARATOR}. */
    public String render(UiText text) {
        return parts.stream().map(p -> p.render(text)).collect(Collectors.joining(SEPARATOR));
    }
}
