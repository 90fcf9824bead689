package dev.s3grant.hcl;

import java.util.Objects;

/** A syntax error at a position in the source. Parsing collects these instead of throwing. */
public record HclError(Range range, String message) {

    public HclError {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return range.start() + ": " + message;
    }
}
