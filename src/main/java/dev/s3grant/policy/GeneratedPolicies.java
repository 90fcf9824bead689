package dev.s3grant.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every policy document of a design. {@code keyPolicy} is present under SSE-KMS: the full key policy
 * when the design manages the key, otherwise the statements to add to the existing key's policy.
 */
public record GeneratedPolicies(List<WriterPolicies> writers, PolicyFile bucketPolicy, Optional<PolicyFile> keyPolicy) {

    public GeneratedPolicies {
        writers = List.copyOf(writers);
    }

    /** All documents in a fixed order: per writer trust and role policy, then bucket, then key policy. */
    public List<PolicyFile> all() {
        List<PolicyFile> all = new ArrayList<>();
        for (WriterPolicies w : writers) {
            all.add(w.trustPolicy());
            all.add(w.rolePolicy());
        }
        all.add(bucketPolicy);
        keyPolicy.ifPresent(all::add);
        return List.copyOf(all);
    }
}
