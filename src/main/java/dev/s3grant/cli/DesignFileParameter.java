package dev.s3grant.cli;

import dev.s3grant.app.DesignStore;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The {@code DESIGN} parameter of every command that reads a design file, and the reading. */
final class DesignFileParameter {

    @Parameters(index = "0", paramLabel = "DESIGN", description = "The design file (JSON).")
    Path path;

    Design load() throws InputException {
        return DesignStore.load(path);
    }
}
