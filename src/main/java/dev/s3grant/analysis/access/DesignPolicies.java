package dev.s3grant.analysis.access;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.policy.Statement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** A design's generated documents as the policies of requests, named by their file names. */
final class DesignPolicies {

    /** The name of the identity policy assumed for principals the design does not define. */
    static final String WORST_CASE = "worst-case-identity-policy";
    static final String WORST_CASE_SID = "AssumedToAllowEverything";

    private final Design design;
    private final GeneratedPolicies policies;
    /** Made once: every writer's requests are evaluated against them, and each indexes its statements. */
    private final NamedPolicy bucket;
    private final Optional<NamedPolicy> key;

    DesignPolicies(Design design, GeneratedPolicies policies) {
        this.design = design;
        this.policies = policies;
        this.bucket = named(policies.bucketPolicy());
        this.key = policies.keyPolicy().map(DesignPolicies::named);
    }

    Design design() {
        return design;
    }

    NamedPolicy bucket() {
        return bucket;
    }

    Optional<NamedPolicy> key() {
        return key;
    }

    NamedPolicy trust(int writer) {
        return named(policies.writers().get(writer).trustPolicy());
    }

    NamedPolicy role(int writer) {
        return named(policies.writers().get(writer).rolePolicy());
    }

    /** A principal outside the design is assumed to hold {@code Allow action on *} on its own side. */
    static NamedPolicy worstCase(String action) {
        return new NamedPolicy(WORST_CASE, PolicyDocument.of(List.of(
                Statement.of(WORST_CASE_SID, Effect.Allow, null, List.of(action), List.of("*"), List.of()))));
    }

    /** The designed writer whose role the caller is (or is a session of), by its index. */
    OptionalInt writerOf(Caller caller) {
        if (!caller.isRole()) {
            return OptionalInt.empty();
        }
        List<Writer> writers = design.writers();
        return IntStream.range(0, writers.size())
                .filter(i -> PrincipalMatcher.namesRole(Arns.role(design, writers.get(i)), caller))
                .findFirst();
    }

    private static NamedPolicy named(PolicyFile file) {
        return new NamedPolicy(file.fileName(), file.document());
    }
}
