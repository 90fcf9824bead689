package dev.s3grant.app;

import dev.s3grant.io.Autosave;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import java.nio.file.Path;

/**
 * The façade's door to design files: reading and saving a design, the built-in example, and the
 * autosave store of the user's data folder. Every problem with a file is an {@link InputException}
 * that names it.
 */
public final class DesignStore {

    private DesignStore() {
    }

    public static Design load(Path path) throws InputException {
        return DesignFiles.load(path);
    }

    /** Writes the design atomically: a temporary file in the same folder, then a move into place. */
    public static void save(Design design, Path path) throws InputException {
        DesignFiles.save(design, path);
    }

    /** The built-in example the window opens on. */
    public static Design example() {
        return DesignFiles.example();
    }

    /** The autosave store in the user's data folder (or the folder {@link Autosave#FOLDER_PROPERTY} names). */
    public static Autosave autosaveInUserDataFolder() {
        return Autosave.inUserDataFolder();
    }
}
