package dev.s3grant.map;

import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.model.Design;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.List;
import java.util.Objects;

/**
 * What the grant map is drawn from: the design, its policies, its access check and its generated
 * files (paths relative to the output folder, policies under {@code policiesFolder}).
 */
public record MapSource(Design design, GeneratedPolicies policies, AccessMatrix matrix, List<GeneratedFile> files,
                        String policiesFolder) {

    public MapSource {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(matrix, "matrix");
        files = List.copyOf(files);
        Objects.requireNonNull(policiesFolder, "policiesFolder");
    }
}
