package dev.s3grant.existing.reading;

import dev.s3grant.model.Design;
import java.util.List;
import java.util.Objects;

/**
 * What an import found: the design the files mean, each part it could not represent (in file
 * and line order), and the foreign statements of the bucket and key policies.
 */
public record ImportResult(Design design, List<NotRepresented> notRepresented, ExistingPolicies existingPolicies) {

    public ImportResult {
        Objects.requireNonNull(design, "design");
        notRepresented = List.copyOf(notRepresented);
        Objects.requireNonNull(existingPolicies, "existingPolicies");
    }

    /** True when every part of the files is in the design. */
    public boolean complete() {
        return notRepresented.isEmpty();
    }
}
