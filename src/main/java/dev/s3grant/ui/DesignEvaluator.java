package dev.s3grant.ui;

import dev.s3grant.model.Design;
import java.util.Map;

/** Turns a design snapshot into what the window shows and what Export writes. Runs off the FX thread. */
public interface DesignEvaluator {

    DesignerOutput evaluate(Design design);

    /** The files Export writes, by path relative to the chosen folder, in the façade's order. */
    Map<String, String> exportFiles(Design design);
}
