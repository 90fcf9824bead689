package dev.s3grant.ui.output;

import dev.s3grant.app.ExportContent;
import dev.s3grant.app.OutputFile;
import dev.s3grant.model.Design;
import dev.s3grant.ui.preview.PreviewDocument;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Turns a design snapshot into what the window shows and what Export writes. Runs off the FX thread. */
public interface DesignEvaluator {

    DesignerOutput evaluate(Design design);

    /**
     * The same output, handing the documents of files the user looks at to {@code shownFirst} (on this thread)
     * as soon as they exist, before the rest of the output; by default nothing early.
     */
    default DesignerOutput evaluate(Design design, Consumer<List<PreviewDocument>> shownFirst) {
        return evaluate(design);
    }

    /**
     * The same, stopping early (with a {@link java.util.concurrent.CancellationException}) once {@code unwanted}
     * says a newer design is waiting, whose output the window wants instead; by default it never stops early.
     */
    default DesignerOutput evaluate(Design design, Consumer<List<PreviewDocument>> shownFirst, BooleanSupplier unwanted) {
        return evaluate(design, shownFirst);
    }

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
