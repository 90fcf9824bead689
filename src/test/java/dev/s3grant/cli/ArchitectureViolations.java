package dev.s3grant.cli;

import dev.s3grant.analysis.access.AdHocCheck;
import dev.s3grant.analysis.access.AdHocResult;
import dev.s3grant.analysis.access.Caller;
import dev.s3grant.analysis.access.RequestContext;
import dev.s3grant.io.Autosave;
import dev.s3grant.model.Design;
import dev.s3grant.ui.forms.DesignEdits;
import java.nio.file.Path;

/** Classes that break the architecture on purpose, for ArchitectureRulesFailTest only; never run. */
public final class ArchitectureViolations {

    private ArchitectureViolations() {
    }

    /** The command line using the window's code. */
    public static final class UsesTheUi {
        Design addWriter(Design design) {
            return DesignEdits.addWriter(design);
        }
    }

    /** What CheckCommand did before the façade had an access check. */
    public static final class CallsTheAccessCheckDirectly {
        AdHocResult check(Design design, Caller caller) {
            return AdHocCheck.evaluate(design, null, caller, "s3:PutObject", "*", RequestContext.empty());
        }
    }

    /** Starting an engine service itself instead of asking the façade for it. */
    public static final class ConstructsAnEngineService {
        Autosave store() {
            return new Autosave(Path.of("autosave"));
        }
    }

    /** Building a record of the engine and rendering are allowed. */
    public static final class BuildsARecordAndRenders {
        String render(Caller caller) {
            return dev.s3grant.text.Localizer.of(dev.s3grant.model.Language.EN).format("x")
                    + new dev.s3grant.diff.SourceFile("a", "b") + caller;
        }
    }
}
