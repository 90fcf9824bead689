package dev.s3grant.ui.common;

import java.util.Locale;

/** The operating system the window runs on, as far as the theme and the fonts care. */
public enum HostOs {
    WINDOWS, MAC, LINUX, OTHER;

    /** From the value of {@code os.name}: "Windows 11", "Mac OS X", "Linux"; anything else is {@link #OTHER}. */
    public static HostOs of(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MAC;
        }
        if (name.contains("linux") || name.contains("bsd")) {
            return LINUX;
        }
        return OTHER;
    }

    /** The system this runs on. */
    public static HostOs current() {
        return of(System.getProperty("os.name"));
    }
}
