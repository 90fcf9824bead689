package dev.s3grant.ui.map;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.map.GrantMap;
import dev.s3grant.model.Language;

/** Lays out the grant map of a design's artifacts in a language: the façade's, or one made by hand in tests. Runs off the FX thread. */
@FunctionalInterface
public interface GrantMapLayout {

    GrantMap layOut(DesignArtifacts artifacts, Language language);
}
