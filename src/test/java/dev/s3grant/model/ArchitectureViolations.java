package dev.s3grant.model;

import dev.s3grant.policy.Effect;

/** Classes that break the architecture on purpose, for ArchitectureRulesFailTest only; never run. */
public final class ArchitectureViolations {

    private ArchitectureViolations() {
    }

    /** The model depending on a package of the project. */
    public static final class UsesPolicy {
        Effect effect() {
            return Effect.Allow;
        }
    }
}
