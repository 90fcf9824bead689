package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HclStringsTest {

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertThat(HclStrings.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    }

    @Test
    void templateStartsAreDoubled() {
        assertThat(HclStrings.escapeLiteral("${var.x} %{ if } $x %x {y}")).isEqualTo("$${var.x} %%{ if } $x %x {y}");
        assertThat(HclStrings.escapeLiteral("$${")).isEqualTo("$$${");
    }

    @Test
    void lineBreaksAndControlCharactersBecomeEscapes() {
        assertThat(HclStrings.escapeLiteral("a\nb\rc\td\u0000e\u2028f\u007f\ufeff"))
                .isEqualTo("a\\nb\\rc\\td\\u0000e\\u2028f\\u007f\\ufeff");
    }

    @Test
    void nonAsciiTextIsKeptAndALoneSurrogateBecomesTheReplacementCharacter() {
        assertThat(HclStrings.escapeLiteral("日本語 😀")).isEqualTo("日本語 😀");
        assertThat(HclStrings.escapeLiteral("a\ud800b")).isEqualTo("a\\ufffdb");
    }

    @Test
    void objectKeysAreBareOnlyWhenTheyAreIdentifiersThatAreNotKeywords() {
        assertThat(HclStrings.objectKey("StringEquals")).isEqualTo("StringEquals");
        assertThat(HclStrings.objectKey("aws:SourceArn")).isEqualTo("\"aws:SourceArn\"");
        assertThat(HclStrings.objectKey("ForAnyValue:StringLike")).isEqualTo("\"ForAnyValue:StringLike\"");
        assertThat(HclStrings.objectKey("null")).isEqualTo("\"null\"");
        assertThat(HclStrings.objectKey("9lives")).isEqualTo("\"9lives\"");
    }

    @Test
    void commentTextStaysOnOneLine() {
        assertThat(HclStrings.commentText("design\n# injected\r\u2028x")).isEqualTo("design?# injected??x");
    }
}
