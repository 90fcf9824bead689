package dev.s3grant.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

class StyleChangeProperties {

    /** JSON and HCL made of pieces that start and end tokens, quotes and comments included. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("{", "}", "[", "]", "\"", "\"Sid\": ", "\"a\"", ": ", ", ", "\n", "  ", "1", "-2.5", "true",
                        "null", "x", "resource \"aws_s3_bucket\" \"main\" {", "  bucket = ", "var.name", "# note",
                        "${var.x}", "<<EOF", "EOF", "\\\"", "=")
                .list().ofMaxSize(25).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<Boolean> syntaxes() {
        return Arbitraries.of(true, false);
    }

    /** A code area after the replacement: the old styles around it, a guessed style on the replacement. */
    static List<Collection<String>> areaAfter(List<Collection<String>> old, TextChange change) {
        List<Collection<String>> after = new ArrayList<>(old.subList(0, change.start()));
        for (int i = 0; i < change.replacement().length(); i++) {
            after.add(List.of("guessed"));
        }
        after.addAll(old.subList(change.end(), old.size()));
        return after;
    }

    static List<Collection<String>> perChar(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                out.add(span.getStyle());
            }
        }
        return out;
    }

    @Property(tries = 2000)
    void settingOnlyTheChangedPartGivesTheStylesOfTheNewText(@ForAll("texts") String oldText, @ForAll("texts") String middle,
                                                            @ForAll("syntaxes") boolean json) {
        String newText = oldText.substring(0, oldText.length() / 2) + middle + oldText.substring(oldText.length() / 2);
        TextChange change = TextChange.between(oldText, newText);
        if (change == null) {
            return;
        }
        StyleSpans<Collection<String>> oldStyles = Highlight.styles(oldText, json);
        StyleSpans<Collection<String>> newStyles = Highlight.styles(newText, json);

        StyleChange restyle = StyleChange.between(oldStyles, newStyles, change);

        List<Collection<String>> area = areaAfter(perChar(oldStyles), change);
        List<Collection<String>> wanted = perChar(newStyles);
        for (int i = restyle.from(); i < restyle.to(); i++) {
            area.set(i, wanted.get(i));
        }
        assertThat(area).isEqualTo(wanted);
        assertThat(restyle.from()).isLessThanOrEqualTo(change.start());
        assertThat(restyle.to()).isBetween(change.start() + change.replacement().length(), newText.length());
    }

    @Property(tries = 500)
    void aReplacementInsideAStringRestylesOnlyThatString(@ForAll("names") String before, @ForAll("names") String after) {
        String oldText = "{\n  \"Sid\": \"AllowPut\",\n  \"Resource\": \"arn:aws:s3:::" + before + "/*\"\n}\n";
        String newText = oldText.replace(before + "/*", after + "/*");
        TextChange change = TextChange.between(oldText, newText);
        if (change == null) {
            return;
        }
        StyleChange restyle = StyleChange.between(Highlight.styles(oldText, true), Highlight.styles(newText, true), change);

        int string = newText.indexOf("\"arn:");
        assertThat(restyle.from()).isGreaterThanOrEqualTo(string);
        assertThat(restyle.to()).isLessThanOrEqualTo(newText.indexOf("\n}"));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abcxyz-0123").ofMinLength(1).ofMaxLength(12);
    }
}
