package dev.s3grant.existing.reading;

import dev.s3grant.model.Message;
import java.util.Objects;

/**
 * A part of the imported files that the design cannot say: where it is (file and line, 0 when
 * the whole file is meant) and what it is, as a message key with arguments.
 */
public record NotRepresented(String file, int line, Message message) {

    public NotRepresented {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }
}
