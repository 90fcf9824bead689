package dev.s3grant.analysis.findings;

import dev.s3grant.analysis.Location.FieldLocation;
import dev.s3grant.model.DesignField;

/** The locations of design fields, as findings name them: {@code writers[0].accountId}, {@code bucket.keyPrefixes[1]}. */
final class Locations {

    private Locations() {
    }

    /** The field, with one index per array on its way ({@link DesignField#path(int...)}). */
    static FieldLocation at(DesignField field, int... indexes) {
        return new FieldLocation(field.path(indexes));
    }
}
