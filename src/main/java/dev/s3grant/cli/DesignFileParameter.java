package dev.s3grant.cli;

import dev.s3grant.app.DesignStore;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/**
 * The {@code DESIGN} parameter of every command that reads a design file, and the reading: one place for both
 * (docs/decisions/0026-one-place-per-logic.md). {@link IfGiven} is the same parameter where a command can do
 * without a design ({@code check --against}, {@code explain --file}).
 */
final class DesignFileParameter {

    static final String DESCRIPTION = "The design file (JSON).";

    @Parameters(index = "0", paramLabel = "DESIGN", description = DESCRIPTION)
    Path path;

    Design load() throws InputException {
        return read(path);
    }

    private static Design read(Path path) throws InputException {
        return DesignStore.load(path);
    }

    /** The {@code DESIGN} parameter where it may be left out; read the same way, with the same messages. */
    static final class IfGiven {

        @Parameters(index = "0", arity = "0..1", paramLabel = "DESIGN", description = DESCRIPTION)
        Path path;

        boolean given() {
            return path != null;
        }

        /** The design; call only when {@link #given()}. */
        Design load() throws InputException {
            return read(path);
        }

        /** The design when one is given, else empty. */
        java.util.Optional<Design> loadIfGiven() throws InputException {
            return given() ? java.util.Optional.of(read(path)) : java.util.Optional.empty();
        }
    }
}
