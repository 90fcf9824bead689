package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3grant.testing.TestDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The plain reader against Jackson's parser, which decides: wherever the plain reader reads a text, Jackson reads
 * the same values at the same lines and columns, in the same order (decision 0057).
 */
class PlainJsonReaderProperties {

    private static final String[] SPACE = {"", "", " ", "  ", "\t", "\n", "\r", "\r\n", "\n  ", " \r\n\t"};
    private static final String[] NUMBERS = {"0", "-0", "7", "42", "-13", "3.25", "-0.5", "1e5", "1E+5", "2.5e-3", "0E0",
        "-1.0E-10", "123456789012345678901234567890", "9223372036854775808", "1.7976931348623157e309"};
    private static final String[] PIECES = {"a", "Z", "s3:PutObject", " ", "\u00e9", "\u3042", "\ud83d\ude00", "\ud800",
        "\\n", "\\t", "\\r", "\\b", "\\f", "\\/", "\\\\", "\\\"", "\\u00e9", "\\u00E9", "\\ud83d\\ude00", "\\u0000", "/", "'"};
    private static final String NOISE = "{}[],:\"-+.eE0159tfnul\\/ \t\r\n\u0000\u001f\u007f\ufeff#'x\u00e9";

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.randoms().map(random -> {
            StringBuilder b = new StringBuilder();
            b.append(space(random));
            value(b, random, 0);
            b.append(space(random));
            return b.toString();
        });
    }

    @Provide
    Arbitrary<String> brokenDocuments() {
        Arbitrary<String> seeds = Arbitraries.oneOf(documents(), Arbitraries.of(TestDesigns.NAMES.stream().map(TestDesigns::text).toList()));
        return Combinators.combine(seeds, Arbitraries.integers().between(1, 3), Arbitraries.randoms()).as((text, n, random) -> {
            StringBuilder b = new StringBuilder(text);
            for (int i = 0; i < n && b.length() > 0; i++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                    default -> b.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
                }
            }
            return b.toString();
        });
    }

    @Property(tries = 3_000)
    void whatThePlainReaderReadsJacksonReadsTheSame(@ForAll("documents") String text) throws Exception {
        LocatedJson plain = PlainJsonReader.read(text);

        assertThat(plain).as("a well-formed document without repeated names: %s", text).isNotNull();
        assertSameAsJackson(text, plain);
    }

    @Property(tries = 10_000)
    void aBrokenDocumentIsLeftToJacksonOrReadAsJacksonReadsIt(@ForAll("brokenDocuments") String text) throws Exception {
        LocatedJson plain = PlainJsonReader.read(text);
        if (plain != null) {
            assertSameAsJackson(text, plain);
        }
    }

    @Example
    void everyTestDesignAndTheExampleAreReadWithoutJackson() throws Exception {
        List<String> texts = new ArrayList<>(TestDesigns.NAMES.stream().map(TestDesigns::text).toList());
        texts.add(Files.readString(Path.of("src/main/resources/dev/s3grant/io/example-design.json")));

        for (String text : texts) {
            LocatedJson plain = PlainJsonReader.read(text);
            assertThat(plain).isNotNull();
            assertSameAsJackson(text, plain);
        }
    }

    @Example
    void whatStrictJsonDoesNotAllowIsLeftToJackson() {
        for (String text : List.of("", " ", "{\"a\": 1, \"a\": 2}", "[01]", "[1,]", "{\"a\": 1,}", "[1 2]", "{\"a\" 1}",
                "\ufeff{}", "{} x", "[1] // note", "# note\n{}", "{'a': 1}", "{a: 1}", "[\"a\u0001\"]", "[\"\\x\"]",
                "[\"\\u00g0\"]", "[NaN]", "[-]", "[1.]", "[.5]", "[+1]", "[1e]", "[tru]", "[truex]", "[nul]", "\"open",
                "[" + "[".repeat(PlainJsonReader.MAX_DEPTH) + "]".repeat(PlainJsonReader.MAX_DEPTH) + "]",
                "[1" + "0".repeat(PlainJsonReader.MAX_NUMBER_LENGTH) + "]")) {
            assertThat(PlainJsonReader.read(text)).as(text).isNull();
        }
    }

    @Example
    void whatItLeavesToJacksonIsReadOrRefusedByJackson() throws Exception {
        String deep = "[".repeat(PlainJsonReader.MAX_DEPTH + 1) + "]".repeat(PlainJsonReader.MAX_DEPTH + 1);
        assertThat(LocatedJsonParser.parse(deep)).isEqualTo(LocatedJsonParser.parseWithJackson(deep));

        assertThatThrownBy(() -> LocatedJsonParser.parse("{\n  \"a\": 1,\n  \"a\": 2\n}"))
                .isInstanceOfSatisfying(LocatedJsonParser.SyntaxError.class, e -> {
                    assertThat(e.detail).isEqualTo("Duplicate field 'a'");
                    assertThat(e.line).isEqualTo(3);
                });
    }

    /** The same values, positions and order of fields as Jackson's parser gives (records compare every part; their text shows the order). */
    private static void assertSameAsJackson(String text, LocatedJson plain) throws LocatedJsonParser.SyntaxError {
        LocatedJson jackson = LocatedJsonParser.parseWithJackson(text);
        assertThat(plain).as(text).isEqualTo(jackson);
        assertThat(plain.toString()).isEqualTo(jackson.toString());
    }

    private static String space(Random random) {
        return SPACE[random.nextInt(SPACE.length)];
    }

    private static void value(StringBuilder b, Random random, int depth) {
        int kind = random.nextInt(depth > 5 ? 4 : 7);
        switch (kind) {
            case 0 -> string(b, random);
            case 1 -> b.append(NUMBERS[random.nextInt(NUMBERS.length)]);
            case 2 -> b.append(random.nextBoolean() ? "true" : random.nextBoolean() ? "false" : "null");
            case 3 -> b.append(random.nextBoolean() ? "{" + space(random) + "}" : "[" + space(random) + "]");
            case 4 -> {
                b.append('[');
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",").append(space(random));
                    value(b, random, depth + 1);
                    b.append(space(random));
                }
                b.append(']');
            }
            default -> {
                b.append('{');
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",").append(space(random)).append("\"k").append(i).append('_').append(pieces(random)).append('"');
                    b.append(space(random)).append(':').append(space(random));
                    value(b, random, depth + 1);
                    b.append(space(random));
                }
                b.append('}');
            }
        }
    }

    /** A quoted string of random pieces, raw and escaped. */
    private static void string(StringBuilder b, Random random) {
        b.append('"').append(pieces(random)).append('"');
    }

    private static String pieces(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
