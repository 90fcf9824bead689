package dev.s3grant.model.formats;

import java.util.List;
import java.util.Objects;

/** The format of one kind of identifier (an account ID, a bucket name, ...): its checks, in order. */
public record IdentifierFormat(String name, List<FormatCheck> checks) {

    public IdentifierFormat {
        Objects.requireNonNull(name, "name");
        checks = List.copyOf(checks);
    }

    /** True when the value passes every check. */
    public boolean accepts(String value) {
        return checks.stream().allMatch(c -> c.passes(value));
    }

    /** The single check of a format that has only one. */
    public FormatCheck check() {
        if (checks.size() != 1) {
            throw new IllegalStateException(name + " has " + checks.size() + " checks");
        }
        return checks.get(0);
    }
}
