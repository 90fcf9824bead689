package dev.s3grant.ui.theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCAG 2.1 contrast, computed from a palette stylesheet: the named colours on {@code .root} (six-digit
 * hex, or another name of the same palette), each pair's ratio, and the pairs that fall short.
 */
final class Contrast {

    /** A foreground drawn on a background, and the ratio it must reach. */
    record Pair(String foreground, String background, double minimum, String where) {
    }

    private static final Pattern DECLARATION = Pattern.compile("(-[a-z0-9-]+)\\s*:\\s*([^;]+);");

    private Contrast() {
    }

    /** The palette's names and their {@code #rrggbb} values, references resolved. */
    static Map<String, String> palette(String css) {
        String body = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, String> raw = new LinkedHashMap<>();
        Matcher m = DECLARATION.matcher(body);
        while (m.find()) {
            raw.put(m.group(1), m.group(2).trim());
        }
        Map<String, String> colours = new LinkedHashMap<>();
        for (String name : raw.keySet()) {
            colours.put(name, resolve(name, raw, 0));
        }
        return colours;
    }

    private static String resolve(String name, Map<String, String> raw, int depth) {
        String value = raw.get(name);
        if (value == null || depth > 10) {
            throw new IllegalArgumentException("no colour named " + name);
        }
        if (value.matches("#[0-9a-fA-F]{6}")) {
            return value.toLowerCase(Locale.ROOT);
        }
        if (value.startsWith("-")) {
            return resolve(value, raw, depth + 1);
        }
        throw new IllegalArgumentException(name + " is not a #rrggbb colour or a name: " + value);
    }

    static List<Pair> pairs(String table) {
        List<Pair> pairs = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.trim().split("\\s+", 4);
            pairs.add(new Pair(cols[0], cols[1], Double.parseDouble(cols[2]), cols.length > 3 ? cols[3] : ""));
        }
        return pairs;
    }

    /** (L1 + 0.05) / (L2 + 0.05), the lighter colour's relative luminance over the darker's. */
    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Every pair that falls short in {@code palette}, or names a colour the palette lacks, as a line of text. */
    static List<String> failures(Map<String, String> palette, List<Pair> pairs) {
        List<String> failures = new ArrayList<>();
        for (Pair p : pairs) {
            String fg = palette.get(p.foreground());
            String bg = palette.get(p.background());
            if (fg == null || bg == null) {
                failures.add(p.where() + ": " + (fg == null ? p.foreground() : p.background()) + " is not named");
                continue;
            }
            double ratio = ratio(fg, bg);
            if (ratio < p.minimum()) {
                failures.add(String.format(Locale.ROOT, "%s: %s %s on %s %s is %.2f:1, below %.1f:1",
                        p.where(), p.foreground(), fg, p.background(), bg, ratio, p.minimum()));
            }
        }
        return failures;
    }
}
