package dev.s3grant.map;

import java.util.Objects;

/**
 * Where a box or an arrow of the grant map points into the generated files: the path of a generated
 * file (as in {@code GeneratedFile.path()}) and the id of one of its elements (a statement's Sid, a
 * Terraform address), so that a click on the map can select it in the preview.
 */
public record ElementTarget(String file, String element) {

    public ElementTarget {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(element, "element");
    }
}
