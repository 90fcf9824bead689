package dev.s3grant.ui.i18n;

import dev.s3grant.explain.CodeList;
import dev.s3grant.explain.Localizer;
import dev.s3grant.explain.MessageList;
import dev.s3grant.model.Message;
import java.text.MessageFormat;
import java.util.stream.Collectors;

/**
 * Renders a message as plain text for the window: nested messages and message lists are rendered
 * in turn, lists of literal values are joined with the language's separator, and the backticks
 * that mark literal terms in the bundles are dropped (the window shows no Markdown).
 */
public final class MessageRenderer {

    private MessageRenderer() {
    }

    public static String render(Localizer localizer, Message message) {
        String pattern = localizer.text(message.key()).replace("`", "");
        if (message.args().isEmpty()) {
            return pattern.replace("''", "'");
        }
        Object[] args = message.args().stream().map(a -> argument(localizer, a)).toArray();
        return new MessageFormat(pattern, localizer.language().locale()).format(args);
    }

    private static Object argument(Localizer localizer, Object arg) {
        if (arg instanceof Message m) {
            return render(localizer, m);
        }
        if (arg instanceof MessageList list) {
            return list.items().stream().map(m -> render(localizer, m)).collect(Collectors.joining(separator(localizer)));
        }
        if (arg instanceof CodeList list) {
            return String.join(separator(localizer), list.values());
        }
        return arg;
    }

    private static String separator(Localizer localizer) {
        return localizer.has("explain.list.separator") ? localizer.text("explain.list.separator") : ", ";
    }
}
