package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The glob matcher agrees with a regular expression built from the pattern ({@code *} as
 * {@code .*}, {@code ?} as {@code .}), on small alphabets where wildcards, colons and case
 * collide often; the ARN matcher agrees with matching the six colon-separated parts one by one.
 */
class WildcardsProperties {

    @Property(tries = 3000)
    void globAgreesWithARegularExpression(@ForAll("patterns") String pattern, @ForAll("values") String value) {
        assertThat(Wildcards.matches(pattern, value, false)).isEqualTo(regex(pattern, 0).matcher(value).matches());
        assertThat(Wildcards.matches(pattern, value, true))
                .isEqualTo(regex(pattern.toLowerCase(Locale.ROOT), 0).matcher(value.toLowerCase(Locale.ROOT)).matches());
    }

    @Property(tries = 3000)
    void arnPartsMatchOneByOne(@ForAll("patterns") String pattern, @ForAll("values") String value) {
        String[] p = pattern.split(":", 6);
        String[] v = value.split(":", 6);
        boolean expected = pattern.equals("*");
        if (!expected && p.length == 6 && v.length == 6) {
            expected = true;
            for (int i = 0; i < 6; i++) {
                expected &= regex(p[i], 0).matcher(v[i]).matches();
            }
        }
        assertThat(Wildcards.arnMatches(pattern, value)).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void aGlobWithLiteralWildcardsAgreesWithARegularExpressionThatQuotesThem(@ForAll("patterns") String pattern,
            @ForAll("values") String value, @ForAll long mask) {
        BitSet literal = BitSet.valueOf(new long[] {mask});
        Glob glob = new Glob(pattern, literal);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            out.append(literal.get(i) ? Pattern.quote(String.valueOf(c)) : regex(String.valueOf(c), 0).pattern());
        }
        assertThat(Wildcards.matches(glob, value, false)).as("%s with literal %s", pattern, literal)
                .isEqualTo(Pattern.compile(out.toString()).matcher(value).matches());
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars("aAb:*?").ofMaxLength(14);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withChars("aAb:*?").ofMaxLength(14);
    }

    private static Pattern regex(String glob, int flags) {
        StringBuilder out = new StringBuilder();
        for (char c : glob.toCharArray()) {
            out.append(switch (c) {
                case '*' -> "[\\s\\S]*";
                case '?' -> "[\\s\\S]";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(out.toString(), flags);
    }
}
