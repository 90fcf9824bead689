package dev.s3grant.ui.output;

import dev.s3grant.app.ExportContent;
import dev.s3grant.app.OutputFile;
import dev.s3grant.model.Design;
import java.util.Map;

/** Turns a design snapshot into what the window shows and what Export writes. Runs off the FX thread. */
public interface DesignEvaluator {

    DesignerOutput evaluate(Design design);

    /** The files Export writes, by path relative to the chosen folder, in the façade's order. */
    Map<String, String> exportFiles(Design design);

    /**
     * What Export writes and the findings it lists first (its {@code ERROR}s). By default the
     * files of {@link #exportFiles} and the findings of {@link #evaluate}.
     */
    default ExportContent export(Design design) {
        return new ExportContent(exportFiles(design).entrySet().stream()
                .map(f -> new OutputFile(f.getKey(), f.getValue())).toList(), evaluate(design).findings());
    }

}
