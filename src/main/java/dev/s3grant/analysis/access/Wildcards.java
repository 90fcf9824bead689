package dev.s3grant.analysis.access;

import java.util.Locale;

/**
 * IAM wildcard matching: {@code *} matches any run of characters (also none), {@code ?} exactly one.
 * Actions are matched ignoring case, resources and condition values case-sensitively.
 */
final class Wildcards {

    private Wildcards() {
    }

    static boolean matches(String pattern, String value, boolean ignoreCase) {
        if (ignoreCase) {
            return matches(pattern.toLowerCase(Locale.ROOT), value.toLowerCase(Locale.ROOT));
        }
        return matches(pattern, value);
    }

    /** Linear-time glob matching that backtracks only to the last {@code *}. */
    private static boolean matches(String pattern, String value) {
        int p = 0;
        int v = 0;
        int star = -1;
        int resume = 0;
        while (v < value.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == value.charAt(v))) {
                p++;
                v++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = v;
            } else if (star >= 0) {
                p = star + 1;
                v = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /**
     * {@code ArnLike}/{@code ArnEquals}: each of the six colon-separated parts is matched on its own,
     * so a {@code *} never spans a colon before the resource part. A bare {@code *} matches any value.
     */
    static boolean arnMatches(String pattern, String value) {
        if (pattern.equals("*")) {
            return true;
        }
        String[] p = pattern.split(":", 6);
        String[] v = value.split(":", 6);
        if (p.length != 6 || v.length != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!matches(p[i], v[i])) {
                return false;
            }
        }
        return true;
    }
}
