package dev.s3grant.analysis.access;

/**
 * IAM wildcard matching: {@code *} matches any run of characters (also none), {@code ?} exactly one.
 * Actions are matched ignoring case, resources and condition values case-sensitively. A pattern
 * whose policy variables are resolved ({@link Glob}) can hold a {@code *} or {@code ?} that stands
 * for itself.
 */
final class Wildcards {

    private Wildcards() {
    }

    static boolean matches(String pattern, String value, boolean ignoreCase) {
        return matches(Glob.plain(pattern), value, ignoreCase);
    }

    static boolean matches(Glob pattern, String value, boolean ignoreCase) {
        return matches(pattern, 0, pattern.text().length(), value, 0, value.length(), ignoreCase);
    }

    /**
     * Linear-time glob matching of {@code pattern[ps, pe)} against {@code value[vs, ve)} that
     * backtracks only to the last {@code *}. The literal text before the first wildcard is compared
     * in one go, and a pattern that is literal text and one trailing {@code *} needs nothing more.
     */
    private static boolean matches(Glob glob, int ps, int pe, String value, int vs, int ve, boolean ignoreCase) {
        String pattern = glob.text();
        int wildcard = firstWildcard(glob, ps, pe);
        int literal = wildcard - ps;
        if (literal > ve - vs || !value.regionMatches(ignoreCase, vs, pattern, ps, literal)) {
            return false;
        }
        if (wildcard == pe) {
            return literal == ve - vs;
        }
        if (wildcard == pe - 1 && glob.isStar(wildcard)) {
            return true;
        }
        int p = wildcard;
        int v = vs + literal;
        int star = -1;
        int resume = v;
        while (v < ve) {
            boolean isStar = p < pe && glob.isStar(p);
            if (p < pe && !isStar && (glob.isWildcard(p) || same(pattern.charAt(p), value.charAt(v), ignoreCase))) {
                p++;
                v++;
            } else if (isStar) {
                star = p++;
                resume = v;
            } else if (star >= 0) {
                p = star + 1;
                v = ++resume;
            } else {
                return false;
            }
        }
        while (p < pe && glob.isStar(p)) {
            p++;
        }
        return p == pe;
    }

    /** The index of the first wildcard {@code *} or {@code ?} in {@code pattern[ps, pe)}, or {@code pe}. */
    private static int firstWildcard(Glob glob, int ps, int pe) {
        String pattern = glob.text();
        if (glob.literal() != null) {
            for (int i = ps; i < pe; i++) {
                if (glob.isWildcard(i)) {
                    return i;
                }
            }
            return pe;
        }
        int star = pattern.indexOf('*', ps);
        int any = pattern.indexOf('?', ps);
        int first = star < 0 ? any : any < 0 ? star : Math.min(star, any);
        return first < 0 || first > pe ? pe : first;
    }

    /** Equal characters; ignoring case as {@link String#equalsIgnoreCase} does. */
    private static boolean same(char a, char b, boolean ignoreCase) {
        if (a == b) {
            return true;
        }
        if (!ignoreCase) {
            return false;
        }
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
    }

    static boolean arnMatches(String pattern, String value) {
        return arnMatches(Glob.plain(pattern), value);
    }

    /**
     * {@code ArnLike}/{@code ArnEquals}: each of the six colon-separated parts is matched on its own,
     * so a {@code *} never spans a colon before the resource part. A bare wildcard {@code *} matches
     * any value.
     */
    static boolean arnMatches(Glob glob, String value) {
        String pattern = glob.text();
        if (pattern.equals("*") && glob.isStar(0)) {
            return true;
        }
        int ps = 0;
        int vs = 0;
        for (int part = 0; part < 5; part++) {
            int pe = pattern.indexOf(':', ps);
            int ve = value.indexOf(':', vs);
            if (pe < 0 || ve < 0 || !matches(glob, ps, pe, value, vs, ve, false)) {
                return false;
            }
            ps = pe + 1;
            vs = ve + 1;
        }
        return matches(glob, ps, pattern.length(), value, vs, value.length(), false);
    }
}
