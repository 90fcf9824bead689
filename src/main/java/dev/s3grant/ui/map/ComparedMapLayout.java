package dev.s3grant.ui.map;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.map.GrantMap;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;

/**
 * Lays out the grant map of a design's artifacts compared with an earlier design (the saved one):
 * what the design adds, removes and changes is marked. The façade's, or one made by hand in tests.
 * Runs off the FX thread.
 */
@FunctionalInterface
public interface ComparedMapLayout {

    GrantMap layOut(Design earlier, DesignArtifacts now, Language language);
}
