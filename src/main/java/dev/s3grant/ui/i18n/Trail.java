package dev.s3grant.ui.i18n;

import dev.s3grant.model.Message;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where something is, in the window's own words, from the outside in: {@code Writer A2 › Who assumes
 * the role › lambda.amazonaws.com}, {@code Access check › Row 3}. Each part is a message, so the
 * trail follows the language; a name the user typed (an alias, a file) is a {@link #literal}.
 */
public record Trail(List<Message> parts) {

    /** Between two parts, in every language. */
    public static final String SEPARATOR = " › ";

    private static final String LITERAL = "ui.location.literal";

    public Trail {
        parts = List.copyOf(parts);
    }

    public static Trail of(Message... parts) {
        return new Trail(List.of(parts));
    }

    /** A part shown as it is written: a file name, a statement ID, a service principal. */
    public static Message literal(String text) {
        return Message.of(LITERAL, text);
    }

    /** The parts in the current language, joined by {@link #SEPARATOR}. */
    public String render(UiText text) {
        return parts.stream().map(text::render).collect(Collectors.joining(SEPARATOR));
    }
}
