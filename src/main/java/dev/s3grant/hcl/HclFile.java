package dev.s3grant.hcl;

import java.util.List;
import java.util.Objects;

/** A parsed file: everything that could be read, and every syntax error in source order. */
public record HclFile(HclBody body, List<HclError> errors) {

    public HclFile {
        Objects.requireNonNull(body, "body");
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
