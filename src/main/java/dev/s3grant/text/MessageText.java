package dev.s3grant.text;

import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The one renderer of messages, for plain text (the terminal, the window, JSON) or for Markdown.
 * Literal values ({@link Code}) and the backtick-quoted terms of the bundles become inline code in
 * Markdown and stay bare in plain text; lists are joined with the language's separator; nested
 * messages ({@link Message}, {@link MessageList}) are rendered in turn.
 */
public final class MessageText {

    private final Localizer localizer;
    private final boolean markdown;

    public MessageText(Localizer localizer, boolean markdown) {
        this.localizer = localizer;
        this.markdown = markdown;
    }

    /** Plain text in {@code language}: no backticks. */
    public static MessageText plain(Language language) {
        return new MessageText(Localizer.of(language), false);
    }

    /** Markdown in {@code language}: literal values in backticks. */
    public static MessageText markdown(Language language) {
        return new MessageText(Localizer.of(language), true);
    }

    public Language language() {
        return localizer.language();
    }

    public String render(Message message) {
        String pattern = localizer.text(message.key());
        if (!markdown) {
            pattern = pattern.replace("`", "");
        }
        if (message.args().isEmpty()) {
            return pattern.replace("''", "'");
        }
        Object[] args = message.args().stream().map(this::argument).toArray();
        return new MessageFormat(pattern, localizer.language().locale()).format(args);
    }

    public String code(String value) {
        return markdown ? "`" + value + "`" : value;
    }

    public String codes(Collection<String> values) {
        return values.stream().map(this::code).collect(Collectors.joining(separator()));
    }

    /** What follows a label before its text: ": " in English, "：" in Japanese. */
    public String labelSeparator() {
        return localizer.text("explain.label.separator");
    }

    private Object argument(Object arg) {
        if (arg instanceof Code c) {
            return code(c.value());
        }
        if (arg instanceof CodeList list) {
            return codes(list.values());
        }
        if (arg instanceof Message m) {
            return render(m);
        }
        if (arg instanceof MessageList list) {
            return list.items().stream().map(this::render).collect(Collectors.joining(separator()));
        }
        return arg;
    }

    private String separator() {
        return localizer.text("explain.list.separator");
    }
}
