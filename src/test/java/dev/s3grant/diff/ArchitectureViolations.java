package dev.s3grant.diff;

import dev.s3grant.app.OutputFile;

/** Classes that break the architecture on purpose, for ArchitectureRulesFailTest only; never run. */
public final class ArchitectureViolations {

    private ArchitectureViolations() {
    }

    /** The engine reaching up into the façade. */
    public static final class ReachesUpIntoTheFacade {
        String path(OutputFile file) {
            return file.relativePath();
        }
    }
}
