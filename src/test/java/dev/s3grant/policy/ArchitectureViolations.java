package dev.s3grant.policy;

import dev.s3grant.analysis.Severity;
import javafx.beans.property.SimpleStringProperty;

/** Classes that break the architecture on purpose, for ArchitectureRulesFailTest only; never run. */
public final class ArchitectureViolations {

    private ArchitectureViolations() {
    }

    /** A lower layer reaching a higher one. */
    public static final class ReachesIntoAnalysis {
        Severity severity() {
            return Severity.ERROR;
        }
    }

    /** The core using JavaFX. */
    public static final class UsesJavaFx {
        final SimpleStringProperty name = new SimpleStringProperty();
    }
}
