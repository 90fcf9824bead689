package dev.s3grant.app;

import dev.s3grant.io.InputException;
import dev.s3grant.io.SafeFiles;
import java.nio.file.Path;

/**
 * Writes a picture the window made (the grant map as PNG or SVG) the way every other file is
 * written: to a temporary file beside the target, then moved into place, so a failed write leaves
 * the old file (or none), never half a picture.
 */
public final class PictureFiles {

    private PictureFiles() {
    }

    public static void write(Path target, byte[] content) throws InputException {
        SafeFiles.writeAtomically(target, content);
    }
}
