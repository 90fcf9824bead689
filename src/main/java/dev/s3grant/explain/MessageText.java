package dev.s3grant.explain;

import dev.s3grant.model.Message;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders explanation messages for one output format. Literal values ({@link Code}) and the
 * backtick-quoted terms of the bundles become inline code in Markdown and stay bare in plain text;
 * lists are joined with the language's separator; nested messages are rendered in turn.
 */
final class MessageText {

    private final Localizer localizer;
    private final boolean markdown;

    MessageText(Localizer localizer, boolean markdown) {
        this.localizer = localizer;
        this.markdown = markdown;
    }

    String render(Message message) {
        String pattern = localizer.text(message.key());
        if (!markdown) {
            pattern = pattern.replace("`", "");
        }
        Object[] args = message.args().stream().map(this::argument).toArray();
        return new MessageFormat(pattern, localizer.language().locale()).format(args);
    }

    String code(String value) {
        return markdown ? "`" + value + "`" : value;
    }

    String codes(Collection<String> values) {
        return values.stream().map(this::code).collect(Collectors.joining(separator()));
    }

    /** The documentation links of an explanation and of its conditions, each once. */
    static List<String> links(Explanation e) {
        return java.util.stream.Stream.concat(e.docUrls().stream(),
                e.conditions().stream().flatMap(c -> c.docUrls().stream())).distinct().toList();
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

    /** What follows a label before its text: ": " in English, "：" in Japanese. */
    String labelSeparator() {
        return localizer.text("explain.label.separator");
    }

    private String separator() {
        return localizer.text("explain.list.separator");
    }
}
