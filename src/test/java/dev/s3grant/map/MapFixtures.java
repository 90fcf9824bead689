package dev.s3grant.map;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;

/** Designs and the grant maps drawn from them, for the map's tests. */
final class MapFixtures {

    private MapFixtures() {
    }

    static MapSource source(Design design) {
        return source(GrantDesigner.artifacts(design));
    }

    static MapSource source(DesignArtifacts artifacts) {
        return new MapSource(artifacts.design(), artifacts.policies(), artifacts.accessMatrix(), artifacts.documents(),
                DesignArtifacts.POLICIES_FOLDER);
    }

    static GrantMap map(Design design) {
        return GrantMaps.of(source(design), Language.EN);
    }

    /** The design with {@code count} writers like its first, aliased A1, A2… with account IDs counting up. */
    static Design withWriters(Design design, int count) {
        Writer first = design.writers().get(0);
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            writers.add(first.withAlias("A" + (i + 1)).withAccountId(String.valueOf(100000000000L + i)));
        }
        return design.withWriters(writers);
    }

    /** True when the file exists among {@code files} and has an element with that id. */
    static boolean exists(ElementTarget target, List<GeneratedFile> files) {
        return files.stream().anyMatch(f -> f.path().equals(target.file()) && f.element(target.element()).isPresent());
    }
}
