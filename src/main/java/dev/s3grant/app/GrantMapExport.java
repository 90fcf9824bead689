package dev.s3grant.app;

import dev.s3grant.io.InputException;
import dev.s3grant.io.SafeFiles;
import dev.s3grant.map.GrantMap;
import dev.s3grant.map.GrantMapSvg;
import dev.s3grant.model.Language;
import java.nio.file.Path;

/** The grant map as an SVG file, written as every output is: to a temporary file, then moved into place. */
public final class GrantMapExport {

    private GrantMapExport() {
    }

    public static String svg(GrantMap map, Language language) {
        return GrantMapSvg.write(map, language);
    }

    /**
     * Writes the map as SVG to {@code file}; a reader of the file sees the old content or the new,
     * never half of it.
     *
     * @throws InputException when the file cannot be written (a folder, no permission), with the path
     */
    public static void saveSvg(GrantMap map, Language language, Path file) throws InputException {
        SafeFiles.writeAtomically(file, svg(map, language));
    }
}
