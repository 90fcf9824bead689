package dev.s3grant.ui;

import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.TerraformDiff;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;

/** Classes that break the architecture on purpose, for ArchitectureRulesFailTest only; never run. */
public final class ArchitectureViolations {

    private ArchitectureViolations() {
    }

    /** A view-model that holds a node. */
    public static final class LabelHoldingViewModel {
        final Label label = new Label();
    }

    /** The window printing to standard output. */
    public static final class PrintingView {
        void show(String text) {
            System.out.println(text);
        }
    }

    /** The window comparing files without the façade. */
    public static final class ComparesWithoutTheFacade {
        DiffResult compare() {
            return TerraformDiff.compare(Map.of(), Map.of());
        }
    }

    /** A view with a control whose rules the window's theme leaves out. */
    public static final class MakesASpinner {
        final Spinner<Integer> count = new Spinner<>(0, 10, 1);
    }
}
