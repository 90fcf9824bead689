package dev.s3grant.cli;

import dev.s3grant.model.Language;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang en|ja}; without it the system locale decides. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "en|ja", description = "Language of messages: en or ja (default: the system locale).")
    String lang;

    Language language() {
        if (lang == null) {
            return Language.forLocale(Locale.getDefault());
        }
        return "ja".equalsIgnoreCase(lang) ? Language.JA : Language.EN;
    }
}
