package dev.s3grant.model;

import java.util.Locale;

/** The two languages of the product. */
public enum Language {
    EN(Locale.ENGLISH),
    JA(Locale.JAPANESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code en} or {@code ja}, as on the command line. */
    public String code() {
        return locale.getLanguage();
    }

    /** Japanese for a Japanese locale, English for any other. */
    public static Language forLocale(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? JA : EN;
    }
}
