package dev.s3grant.ui.map;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.map.GrantMap;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;

/**
 * The façade's compared map, keeping the artifacts of the last earlier design it was given: the
 * saved design changes only on Open and Save, so each keystroke generates only the current design's
 * artifacts (which the window already has). Runs on the background worker.
 */
public final class SavedDesignMapLayout implements ComparedMapLayout {

    private record Kept(Design design, DesignArtifacts artifacts) {
    }

    private volatile Kept kept;

    @Override
    public GrantMap layOut(Design earlier, DesignArtifacts now, Language language) {
        Kept k = kept;
        if (k == null || !k.design().equals(earlier)) {
            k = new Kept(earlier, GrantDesigner.artifacts(earlier));
            kept = k;
        }
        return GrantDesigner.comparedGrantMap(k.artifacts(), now, language);
    }
}
