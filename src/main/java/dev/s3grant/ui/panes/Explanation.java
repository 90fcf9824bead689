package dev.s3grant.ui.panes;

import dev.s3grant.model.Message;
import java.util.List;

/**
 * What the explanation pane shows for one element: a heading and paragraphs of messages (rendered
 * in the language chosen in the pane), and AWS documentation links. An empty {@code element} marks
 * a whole file; an empty {@code file} and {@code element} the overview of the design.
 */
public record Explanation(String file, String element, Message heading, List<Paragraph> paragraphs, List<String> links) {

    /**
     * One paragraph: an optional label ({@code null} for none), an optional literal line such as a
     * condition as written (empty for none), and the texts.
     */
    public record Paragraph(Message label, String code, List<Message> texts) {
        public Paragraph {
            texts = List.copyOf(texts);
        }

        public static Paragraph of(Message label, Message... texts) {
            return new Paragraph(label, "", List.of(texts));
        }
    }

    public Explanation {
        paragraphs = List.copyOf(paragraphs);
        links = List.copyOf(links);
    }

    public boolean isOverview() {
        return file.isEmpty() && element.isEmpty();
    }
}
