package dev.s3grant.document;

import java.util.Objects;

/** A document's size counted as the service counts it, with its limit: the size budget of a generated file. */
public record DocumentSize(int used, int limit, SizeUnit unit) {

    public DocumentSize {
        Objects.requireNonNull(unit, "unit");
        if (limit <= 0) {
            throw new IllegalArgumentException("a limit must be positive: " + limit);
        }
    }

    public boolean overLimit() {
        return used > limit;
    }

    /** Within 10% of the limit but not over it. */
    public boolean nearLimit() {
        return !overLimit() && used * 10L >= limit * 9L;
    }

    /** Used part of the limit in percent, rounded down. */
    public int percent() {
        return (int) (used * 100L / limit);
    }
}
