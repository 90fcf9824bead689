package dev.s3grant.ui.panes;

import dev.s3grant.model.Message;
import java.util.List;

/**
 * What the explanation pane shows for one element: a heading and paragraphs as messages (rendered
 * in the language chosen in the pane), and AWS documentation links. An empty {@code file} and
 * {@code element} mark the overview of the whole design.
 */
public record Explanation(String file, String element, Message heading, List<Message> paragraphs, List<String> links) {

    public Explanation {
        paragraphs = List.copyOf(paragraphs);
        links = List.copyOf(links);
    }

    public boolean isOverview() {
        return file.isEmpty() && element.isEmpty();
    }
}
