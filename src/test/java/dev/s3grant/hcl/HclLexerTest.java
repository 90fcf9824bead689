package dev.s3grant.hcl;

import static dev.s3grant.hcl.HclTokenType.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HclLexerTest {

    private static List<HclTokenType> types(String source) {
        return HclLexer.lex(source).tokens().stream().map(HclToken::type).toList();
    }

    private static List<String> texts(String source) {
        return HclLexer.lex(source).tokens().stream().map(HclToken::text).toList();
    }

    @Test
    void identifiersMayContainDashesAndUnderscores() {
        assertThat(texts("aws_s3_bucket my-name _x é")).containsExactly("aws_s3_bucket", "my-name", "_x", "é", "");
        assertThat(types("my-name")).containsExactly(IDENT, EOF);
    }

    @Test
    void aDashAfterABlankIsAMinusOperator() {
        assertThat(types("a - b")).containsExactly(IDENT, MINUS, IDENT, EOF);
    }

    @Test
    void numbersHaveOptionalFractionAndExponent() {
        assertThat(texts("42 3.14 1e10 2.5E-3 6e+2")).containsExactly("42", "3.14", "1e10", "2.5E-3", "6e+2", "");
        assertThat(types("1.")).containsExactly(NUMBER, DOT, EOF);
        assertThat(types("1e")).containsExactly(NUMBER, IDENT, EOF);
    }

    @Test
    void operatorsAndPunctuationAreSingleTokens() {
        assertThat(types("== != <= >= && || => ... :: < > ! = ? : . , + - * / % ( ) [ ]"))
                .containsExactly(EQUAL, NOT_EQUAL, LESS_EQUAL, GREATER_EQUAL, AND, OR, FAT_ARROW, ELLIPSIS,
                        DOUBLE_COLON, LESS, GREATER, BANG, ASSIGN, QUESTION, COLON, DOT, COMMA, PLUS, MINUS,
                        STAR, SLASH, PERCENT, LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, EOF);
    }

    @Test
    void lineBreaksAreTokensAndCrLfIsOne() {
        assertThat(types("a\nb\r\nc")).containsExactly(IDENT, NEWLINE, IDENT, NEWLINE, IDENT, EOF);
        assertThat(texts("a\r\nb")).containsExactly("a", "\r\n", "b", "");
    }

    @Test
    void hashCommentIsKeptWithoutItsLineBreak() {
        assertThat(HclLexer.lex("a # note\nb").tokens())
                .extracting(HclToken::type, HclToken::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(IDENT, "a"),
                        org.assertj.core.groups.Tuple.tuple(COMMENT, "# note"),
                        org.assertj.core.groups.Tuple.tuple(NEWLINE, "\n"),
                        org.assertj.core.groups.Tuple.tuple(IDENT, "b"),
                        org.assertj.core.groups.Tuple.tuple(EOF, ""));
    }

    @Test
    void doubleSlashCommentIsKept() {
        assertThat(texts("// hello\r\nx")).containsExactly("// hello", "\r\n", "x", "");
    }

    @Test
    void blockCommentMaySpanLines() {
        HclToken comment = HclLexer.lex("a /* one\ntwo */ b").tokens().get(1);
        assertThat(comment.type()).isEqualTo(COMMENT);
        assertThat(comment.text()).isEqualTo("/* one\ntwo */");
        assertThat(comment.range()).isEqualTo(new Range(1, 3, 2, 7, 2, 15));
    }

    @Test
    void unterminatedBlockCommentIsAnError() {
        HclTokens lexed = HclLexer.lex("a\n  /* open");
        assertThat(ShownError.english(lexed.errors())).containsExactly(
                new ShownError(new Range(2, 3, 2, 5, 4, 6), "Unterminated comment: missing '*/'"));
    }

    @Test
    void tokenRangesAreOneBasedWithExclusiveEnds() {
        List<HclToken> tokens = HclLexer.lex("ab = 12\n  cd").tokens();
        assertThat(tokens).extracting(HclToken::range).containsExactly(
                new Range(1, 1, 1, 3, 0, 2),
                new Range(1, 4, 1, 5, 3, 4),
                new Range(1, 6, 1, 8, 5, 7),
                new Range(1, 8, 2, 1, 7, 8),
                new Range(2, 3, 2, 5, 10, 12),
                new Range(2, 5, 2, 5, 12, 12));
    }

    @Test
    void quotedStringIsSplitIntoQuotesAndRawLiteral() {
        assertThat(HclLexer.lex("\"a\\\"b\"").tokens())
                .extracting(HclToken::type, HclToken::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OPEN_QUOTE, "\""),
                        org.assertj.core.groups.Tuple.tuple(QUOTED_LITERAL, "a\\\"b"),
                        org.assertj.core.groups.Tuple.tuple(CLOSE_QUOTE, "\""),
                        org.assertj.core.groups.Tuple.tuple(EOF, ""));
    }

    @Test
    void interpolationsNestStringsThatContainInterpolations() {
        assertThat(types("\"a${ \"b${c}\" }\""))
                .containsExactly(OPEN_QUOTE, QUOTED_LITERAL, TEMPLATE_INTERPOLATION, OPEN_QUOTE, QUOTED_LITERAL,
                        TEMPLATE_INTERPOLATION, IDENT, TEMPLATE_SEQUENCE_END, CLOSE_QUOTE, TEMPLATE_SEQUENCE_END,
                        CLOSE_QUOTE, EOF);
    }

    @Test
    void bracesInsideAnInterpolationDoNotEndIt() {
        assertThat(types("\"${ {a = 1} }\""))
                .containsExactly(OPEN_QUOTE, TEMPLATE_INTERPOLATION, LEFT_BRACE, IDENT, ASSIGN, NUMBER,
                        RIGHT_BRACE, TEMPLATE_SEQUENCE_END, CLOSE_QUOTE, EOF);
    }

    @Test
    void stripMarkersBelongToTheSequenceTokens() {
        assertThat(texts("\"${~ a ~}%{~ if b ~}\""))
                .containsExactly("\"", "${~", "a", "~}", "%{~", "if", "b", "~}", "\"", "");
    }

    @Test
    void escapedTemplateOpenersStayInTheLiteral() {
        assertThat(texts("\"$${a} %%{b}\"")).containsExactly("\"", "$${a} %%{b}", "\"", "");
    }

    @Test
    void heredocHasOneLiteralTokenPerLine() {
        assertThat(HclLexer.lex("x = <<EOT\nab\n${c}d\nEOT\n").tokens())
                .extracting(HclToken::type, HclToken::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(IDENT, "x"),
                        org.assertj.core.groups.Tuple.tuple(ASSIGN, "="),
                        org.assertj.core.groups.Tuple.tuple(OPEN_HEREDOC, "<<EOT\n"),
                        org.assertj.core.groups.Tuple.tuple(HEREDOC_LITERAL, "ab\n"),
                        org.assertj.core.groups.Tuple.tuple(TEMPLATE_INTERPOLATION, "${"),
                        org.assertj.core.groups.Tuple.tuple(IDENT, "c"),
                        org.assertj.core.groups.Tuple.tuple(TEMPLATE_SEQUENCE_END, "}"),
                        org.assertj.core.groups.Tuple.tuple(HEREDOC_LITERAL, "d\n"),
                        org.assertj.core.groups.Tuple.tuple(CLOSE_HEREDOC, "EOT"),
                        org.assertj.core.groups.Tuple.tuple(NEWLINE, "\n"),
                        org.assertj.core.groups.Tuple.tuple(EOF, ""));
    }

    @Test
    void indentedHeredocMayIndentItsClosingMarker() {
        assertThat(texts("<<-EOT\n  a\n  EOT")).containsExactly("<<-EOT\n", "  a\n", "  EOT", "");
    }

    @Test
    void doubleLessThanWithoutLineBreakIsNotAHeredoc() {
        assertThat(types("<<EOT x")).containsExactly(LESS, LESS, IDENT, IDENT, EOF);
    }

    @Test
    void invalidCharactersBecomeOneTokenAndOneError() {
        HclTokens lexed = HclLexer.lex("a @$^ b");
        assertThat(lexed.tokens()).extracting(HclToken::type).containsExactly(IDENT, INVALID, IDENT, EOF);
        assertThat(ShownError.english(lexed.errors())).containsExactly(new ShownError(new Range(1, 3, 1, 6, 2, 5),
                "Invalid character: '@$^' cannot start a token"));
    }

    @Test
    void unterminatedQuotedStringEndsAtTheLineBreak() {
        HclTokens lexed = HclLexer.lex("a = \"open\nb = 1");
        assertThat(lexed.tokens()).extracting(HclToken::type).containsExactly(
                IDENT, ASSIGN, OPEN_QUOTE, QUOTED_LITERAL, CLOSE_QUOTE, NEWLINE, IDENT, ASSIGN, NUMBER, EOF);
        assertThat(ShownError.english(lexed.errors())).containsExactly(new ShownError(new Range(1, 5, 1, 10, 4, 9),
                "Unterminated string: missing '\"' before the end of the line"));
    }

    @Test
    void columnsCountUtf16Chars() {
        HclToken after = HclLexer.lex("\"😀\" x").tokens().get(3);
        assertThat(after.text()).isEqualTo("x");
        assertThat(after.range().startColumn()).isEqualTo(6);
    }
}
