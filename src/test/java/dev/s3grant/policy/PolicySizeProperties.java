package dev.s3grant.policy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Sizes counted as IAM counts them: characters that are not whitespace, a supplementary character once. */
class PolicySizeProperties {

    @Property(tries = 2000)
    void nonWhitespaceCountIsTheCodePointsThatAreNotWhitespace(@ForAll("texts") String text) {
        long expected = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        assertThat(PolicySize.countNonWhitespace(text)).isEqualTo(expected);
    }

    @Example
    void whitespaceOfEveryKindIsLeftOutAndAnEmojiCountsOnce() {
        assertThat(PolicySize.countNonWhitespace("{\n  \"Sid\": \"A\u3000B\t\uD83D\uDE00\"\r\n}")).isEqualTo(13);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(" \t\n\r\u3000\u00a0{}\":,aZ9あ\uD83D\uDE00\uD83D").ofMaxLength(40);
    }
}
