package dev.s3grant.text;

import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders message keys in English or Japanese. Texts live in UTF-8 resource bundles under
 * {@code dev/s3grant/}, one per area ({@link #BUNDLES}); a key is looked up in each in turn.
 * {@link #format} fills a pattern with plain arguments (labels of the window); messages with
 * nested messages or literal values are rendered by {@link MessageText}.
 */
public final class Localizer {

    /** The bundles, by base name; each has an English base file and a {@code _ja} file with the same keys. */
    public static final List<String> BUNDLES = List.of(
            "dev.s3grant.messages",
            "dev.s3grant.findings",
            "dev.s3grant.explanations",
            "dev.s3grant.ui",
            "dev.s3grant.access",
            "dev.s3grant.diff",
            "dev.s3grant.hcl",
            "dev.s3grant.map");

    private static final Map<Language, Localizer> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final List<ResourceBundle> bundles;

    private Localizer(Language language) {
        this.language = language;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        List<ResourceBundle> found = new ArrayList<>();
        for (String name : BUNDLES) {
            try {
                found.add(ResourceBundle.getBundle(name, language.locale(), control));
            } catch (MissingResourceException e) {
                // an area without texts yet
            }
        }
        this.bundles = List.copyOf(found);
    }

    public static synchronized Localizer of(Language language) {
        return CACHE.computeIfAbsent(language, Localizer::new);
    }

    public Language language() {
        return language;
    }

    /** The text of a key without arguments. */
    public String text(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return "!" + key + "!";
    }

    /** A message as plain text: see {@link MessageText}, the one renderer of messages. */
    public String render(Message message) {
        return new MessageText(this, false).render(message);
    }

    public String format(String key, Object... args) {
        String pattern = text(key);
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        MessageFormat format = new MessageFormat(pattern, language.locale());
        return format.format(args);
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }
}
