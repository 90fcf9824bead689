package dev.s3grant.text;

import dev.s3grant.model.Message;
import java.util.List;

/** A message argument listing rendered messages, joined with the language's list separator. */
public record MessageList(List<Message> items) {

    public MessageList {
        items = List.copyOf(items);
    }
}
