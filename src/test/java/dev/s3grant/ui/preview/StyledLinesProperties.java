package dev.s3grant.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.HighlightRun;
import dev.s3grant.app.SyntaxHighlighter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

class StyledLinesProperties {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("{", "}", "\"", "\"Sid\": ", "\"a\"", ": ", ", ", "\n", "\n", "  ", "1", "true", "x",
                        "bucket = ", "# note", "${var.x}", "<<EOF", "EOF", "\\\"", "")
                .list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<Boolean> syntaxes() {
        return Arbitraries.of(true, false);
    }

    /** The styles of every character but the line breaks, as the code area keeps them. */
    static List<Collection<String>> perChar(String text, StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++, at++) {
                if (text.charAt(at) != '\n') {
                    out.add(span.getStyle());
                }
            }
        }
        return out;
    }

    static List<Collection<String>> perChar(List<StyledLines.Line> lines) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyledLines.Line line : lines) {
            int length = 0;
            for (StyleSpan<Collection<String>> run : line.runs()) {
                for (int i = 0; i < run.getLength(); i++) {
                    out.add(run.getStyle());
                }
                length += run.getLength();
            }
            assertThat(length).as("runs cover the line").isEqualTo(line.text().length());
        }
        return out;
    }

    @Property(tries = 1000)
    void linesKeepTheTextAndTheStylesOfEveryCharacter(@ForAll("texts") String text, @ForAll("syntaxes") boolean json) {
        StyleSpans<Collection<String>> spans = Highlight.styles(text, json);

        StyledLines lines = StyledLines.of(text, spans);

        assertThat(String.join("\n", lines.lines().stream().map(StyledLines.Line::text).toList())).isEqualTo(text);
        assertThat(perChar(lines.lines())).isEqualTo(perChar(text, spans));
    }

    @Property(tries = 1000)
    void linesMadeFromTheRunsAreTheLinesOfTheirSpans(@ForAll("texts") String text, @ForAll("syntaxes") boolean json,
                                                     @ForAll("cuts") List<Integer> cuts) {
        List<HighlightRun> runs = SyntaxHighlighter.runs(Highlight.document(json ? "x.json" : "x.tf", text).file());
        // and runs of any text, touching or with gaps, of every kind of token
        List<HighlightRun> any = new ArrayList<>();
        List<Integer> at = cuts.stream().map(c -> c % (text.length() + 1)).sorted().toList();
        for (int i = 0; i + 1 < at.size(); i += 2) {
            any.add(new HighlightRun(HighlightRun.Token.values()[i % HighlightRun.Token.values().length], at.get(i), at.get(i + 1)));
        }

        for (List<HighlightRun> r : List.of(runs, any)) {
            assertThat(StyledLines.of(text, r, json).lines()).isEqualTo(StyledLines.of(text, TokenStyles.spans(r, text.length(), json)).lines());
        }
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 1000).list().ofMaxSize(12);
    }

    @Property(tries = 200)
    void aNewValueInOneJsonLineChangesOnlyThatLine(@ForAll("names") String before, @ForAll("names") String after) {
        String template = "{\n  \"Statement\": [\n    {\n      \"Resource\": \"arn:aws:s3:::%s/*\"\n    }\n  ]\n}\n";
        StyledLines old = StyledLines.of(template.formatted(before), Highlight.styles(template.formatted(before), true));
        StyledLines now = StyledLines.of(template.formatted(after), Highlight.styles(template.formatted(after), true));

        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < now.lines().size(); i++) {
            if (!old.lines().get(i).equals(now.lines().get(i))) {
                changed.add(i);
            }
        }
        assertThat(changed).isEqualTo(before.equals(after) ? List.of() : List.of(3));
    }

    @Property(tries = 300)
    void twoLinesAreEqualExactlyWhenTheirTextsAndRunsAreAndEqualLinesHashAlike(@ForAll("texts") String a, @ForAll("texts") String b,
                                                                              @ForAll("syntaxes") boolean json) {
        for (StyledLines.Line x : StyledLines.of(a, Highlight.styles(a, json)).lines()) {
            for (StyledLines.Line y : StyledLines.of(b, Highlight.styles(b, json)).lines()) {
                boolean same = x.text().equals(y.text()) && x.runs().equals(y.runs());
                assertThat(x.equals(y)).isEqualTo(same);
                if (same) {
                    assertThat(x.hashCode()).isEqualTo(y.hashCode());
                }
            }
            assertThat(x.equals(null)).isFalse();
            assertThat(x.equals(x.text())).isFalse();
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abc-019").ofMinLength(1).ofMaxLength(10);
    }
}
