package dev.s3grant.analysis.access;

/**
 * IAM wildcard matching: {@code *} matches any run of characters (also none), {@code ?} exactly one.
 * Actions are matched ignoring case, resources and condition values case-sensitively.
 */
final class Wildcards {

    private Wildcards() {
    }

    static boolean matches(String pattern, String value, boolean ignoreCase) {
        return matches(pattern, 0, pattern.length(), value, 0, value.length(), ignoreCase);
    }

    /**
     * Linear-time glob matching of {@code pattern[ps, pe)} against {@code value[vs, ve)} that
     * backtracks only to the last {@code *}. The literal text before the first wildcard is compared
     * in one go, and a pattern that is literal text and one trailing {@code *} needs nothing more.
     */
    private static boolean matches(String pattern, int ps, int pe, String value, int vs, int ve, boolean ignoreCase) {
        int wildcard = firstWildcard(pattern, ps, pe);
        int literal = wildcard - ps;
        if (literal > ve - vs || !value.regionMatches(ignoreCase, vs, pattern, ps, literal)) {
            return false;
        }
        if (wildcard == pe) {
            return literal == ve - vs;
        }
        if (wildcard == pe - 1 && pattern.charAt(wildcard) == '*') {
            return true;
        }
        int p = wildcard;
        int v = vs + literal;
        int star = -1;
        int resume = v;
        while (v < ve) {
            char c = p < pe ? pattern.charAt(p) : 0;
            if (p < pe && c != '*' && (c == '?' || same(c, value.charAt(v), ignoreCase))) {
                p++;
                v++;
            } else if (p < pe && c == '*') {
                star = p++;
                resume = v;
            } else if (star >= 0) {
                p = star + 1;
                v = ++resume;
            } else {
                return false;
            }
        }
        while (p < pe && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pe;
    }

    /** The index of the first {@code *} or {@code ?} in {@code pattern[ps, pe)}, or {@code pe}. */
    private static int firstWildcard(String pattern, int ps, int pe) {
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

    /**
     * {@code ArnLike}/{@code ArnEquals}: each of the six colon-separated parts is matched on its own,
     * so a {@code *} never spans a colon before the resource part. A bare {@code *} matches any value.
     */
    static boolean arnMatches(String pattern, String value) {
        if (pattern.equals("*")) {
            return true;
        }
        int ps = 0;
        int vs = 0;
        for (int part = 0; part < 5; part++) {
            int pe = pattern.indexOf(':', ps);
            int ve = value.indexOf(':', vs);
            if (pe < 0 || ve < 0 || !matches(pattern, ps, pe, value, vs, ve, false)) {
                return false;
            }
            ps = pe + 1;
            vs = ve + 1;
        }
        return matches(pattern, ps, pattern.length(), value, vs, value.length(), false);
    }
}
