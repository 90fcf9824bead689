package dev.s3grant.existing.adopt;

import dev.s3grant.analysis.Finding;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The design's files adopted over existing Terraform: the files to write (the generated ones, with
 * kept force-new values, {@link Adopter#MOVED_FILE} when anything moves, and the existing files that
 * change because blocks left them or references were renamed), the moves, the values kept, the
 * blocks left alone and the adoption's findings.
 */
public record AdoptedFiles(Map<String, String> files, List<Move> moves, List<KeptValue> kept, List<LeftAlone> leftAlone,
                           List<String> rewritten, List<Finding> findings) {

    public AdoptedFiles {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        moves = List.copyOf(moves);
        kept = List.copyOf(kept);
        leftAlone = List.copyOf(leftAlone);
        rewritten = List.copyOf(rewritten);
        findings = List.copyOf(findings);
    }
}
