package dev.s3grant.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one renderer of messages: the same message in plain text and in Markdown, nested or not. */
class MessageTextTest {

    @Test
    void literalValuesAreCodeInMarkdownAndBareInPlainText() {
        Message m = Message.of("explain.title", new Code("central-ingest"));

        assertThat(MessageText.markdown(Language.EN).render(m)).isEqualTo("Explanation of the grant `central-ingest`");
        assertThat(MessageText.plain(Language.EN).render(m)).isEqualTo("Explanation of the grant central-ingest");
        assertThat(MessageText.plain(Language.JA).render(m)).isEqualTo("権限設計 central-ingest の解説");
    }

    @Test
    void nestedMessagesAndMessageListsAreRenderedInTheSameLanguage() {
        Message nested = Message.of("hcl.error.expected", Message.of("hcl.expected.forClose", "]"),
                Message.of("hcl.found.endOfInput"));
        Message list = Message.of("explain.title",
                new MessageList(List.of(Message.of("hcl.found.lineBreak"), Message.of("hcl.found.endOfInput"))));

        assertThat(MessageText.plain(Language.EN).render(nested))
                .isEqualTo("Expected ']' to close the for expression, found the end of the input");
        assertThat(MessageText.plain(Language.JA).render(nested))
                .isEqualTo("for 式を閉じる ']' が必要ですが、入力が終わっています。");
        assertThat(MessageText.plain(Language.EN).render(list))
                .isEqualTo("Explanation of the grant a line break, the end of the input");
        assertThat(MessageText.plain(Language.JA).render(list))
                .isEqualTo("権限設計 改行があります、入力が終わっています の解説");
    }

    @Test
    void aPatternWithoutArgumentsKeepsItsBracesAndUndoublesItsQuotes() {
        assertThat(MessageText.plain(Language.EN).render(Message.of("hcl.error.unterminatedTemplate")))
                .isEqualTo("Unterminated template sequence: missing '}'");
        assertThat(MessageText.plain(Language.EN).render(Message.of("hcl.error.unterminatedComment")))
                .isEqualTo("Unterminated comment: missing '*/'");
    }

    @Test
    void theLocalizerRendersMessagesThroughTheSameRenderer() {
        Message m = Message.of("hcl.error.expectedTupleSeparator", Message.of("hcl.found.token", "2"));

        for (Language language : Language.values()) {
            assertThat(Localizer.of(language).render(m)).isEqualTo(MessageText.plain(language).render(m));
        }
        assertThat(Localizer.of(Language.EN).render(m)).isEqualTo("Expected ',' or ']' in the tuple, found '2'");
    }
}
