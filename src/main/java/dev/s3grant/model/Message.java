package dev.s3grant.model;

import java.util.List;
import java.util.Objects;

/**
 * Text for the user as a resource-bundle key and its {@code MessageFormat} arguments. The core
 * returns messages; the caller renders them in the language the user chose.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
