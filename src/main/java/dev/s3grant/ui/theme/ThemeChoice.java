package dev.s3grant.ui.theme;

import java.util.Optional;

/** View › Theme: follow the operating system, or always light, or always dark. */
public enum ThemeChoice {
    SYSTEM("system"), LIGHT("light"), DARK("dark");

    private final String code;

    ThemeChoice(String code) {
        this.code = code;
    }

    /** How the settings keep it: {@code system}, {@code light} or {@code dark}. */
    public String code() {
        return code;
    }

    public static Optional<ThemeChoice> of(String code) {
        for (ThemeChoice c : values()) {
            if (c.code.equalsIgnoreCase(code.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The look this choice gives when the operating system's setting is {@code system}. */
    public Appearance resolve(Appearance system) {
        return switch (this) {
            case SYSTEM -> system;
            case LIGHT -> Appearance.LIGHT;
            case DARK -> Appearance.DARK;
        };
    }
}
