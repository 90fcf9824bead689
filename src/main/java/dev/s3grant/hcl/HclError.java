package dev.s3grant.hcl;

import dev.s3grant.model.Message;
import java.util.Objects;

/**
 * A syntax error at a position in the source. Parsing collects these instead of throwing. The
 * message is a key of the {@code hcl} bundle with its arguments: the caller renders it in the
 * user's language, with the range's line and column.
 */
public record HclError(Range range, Message message) {

    public HclError {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return range.start() + ": " + message;
    }
}
