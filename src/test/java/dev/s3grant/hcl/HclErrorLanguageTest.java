package dev.s3grant.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import org.junit.jupiter.api.Test;

/** Syntax errors are message keys: the same error reads in English or in Japanese, at the same place. */
class HclErrorLanguageTest {

    private static String japanese(String source) {
        return ShownError.in(Language.JA, HclParser.parse(source).errors()).get(0).text();
    }

    @Test
    void aTupleWithoutCommaNamesTheTokenFoundInBothLanguages() {
        HclFile file = HclParser.parse("x = [1 2]\n");

        assertThat(ShownError.english(file.errors())).containsExactly(
                new ShownError(new Range(1, 8, 1, 9, 7, 8), "Expected ',' or ']' in the tuple, found '2'"));
        assertThat(ShownError.in(Language.JA, file.errors())).containsExactly(
                new ShownError(new Range(1, 8, 1, 9, 7, 8), "タプルには ',' または ']' が必要ですが、'2' があります。"));
    }

    @Test
    void whatWasExpectedAndWhatWasFoundAreTranslatedToo() {
        assertThat(japanese("x = (1\n")).isEqualTo("1:5 の '(' を閉じる ')' が必要ですが、入力が終わっています。");
        assertThat(japanese("x = a ? b\n")).isEqualTo("条件式の ':' が必要ですが、改行があります。");
        assertThat(japanese("x = 1 y\n")).isEqualTo("引数の後には改行が必要ですが、'y' があります。");
    }

    @Test
    void literalBracesAndBackslashesSurviveTheMessageFormat() {
        assertThat(japanese("resource \"a\" \"b\" {\n")).isEqualTo("ブロックが閉じられていません。この '{' を閉じる '}' がありません。");
        assertThat(japanese("x = \"a\\qb\"\n")).isEqualTo(
                "無効なエスケープシーケンス '\\q' です。\\n、\\r、\\t、\\\"、\\\\、\\uNNNN、\\UNNNNNNNN のいずれかを使ってください。");
        assertThat(japanese("x = \"\\u12\"\n")).isEqualTo("無効なエスケープシーケンスです。'\\u' には 16 進数が 4 桁必要です。");
    }
}
