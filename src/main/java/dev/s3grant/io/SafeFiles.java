package dev.s3grant.io;

import dev.s3grant.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files so that a reader sees either the old content or the new, never half of it. */
public final class SafeFiles {

    /** Test hook: milliseconds to pause after each staged file, so a test can kill an export midway. */
    static final String SLOW_WRITE_PROPERTY = "s3grant.test.slowWriteMillis";

    private SafeFiles() {
    }

    /** Writes {@code text} as UTF-8 to a temporary file beside {@code target}, then moves it into place. */
    public static void writeAtomically(Path target, String text) throws InputException {
        Path staged = stage(target, text);
        moveIntoPlace(staged, target);
    }

    /**
     * Writes {@code text} to a new temporary file in the target's folder (creating the folder) and
     * returns it; {@link #moveIntoPlace} then replaces the target in one rename.
     */
    static Path stage(Path target, String text) throws InputException {
        Path absolute = target.toAbsolutePath();
        String file = target.toString();
        if (Files.isDirectory(absolute)) {
            throw new InputException(InputProblem.ofFile(file, Message.of("file.isDirectory", file)));
        }
        Path temp = null;
        try {
            Files.createDirectories(absolute.getParent());
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            pauseForTests();
            Path done = temp;
            temp = null;
            return done;
        } catch (AccessDeniedException e) {
            throw new InputException(InputProblem.ofFile(file, Message.of("file.notWritable", file)));
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(file, Message.of("file.writeError", file, String.valueOf(e.getMessage()))));
        } finally {
            deleteQuietly(temp);
        }
    }

    static void moveIntoPlace(Path staged, Path target) throws InputException {
        try {
            try {
                Files.move(staged, target.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(staged);
            String file = target.toString();
            throw new InputException(InputProblem.ofFile(file, Message.of("file.writeError", file, String.valueOf(e.getMessage()))));
        }
    }

    static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // nothing more can be done; the target is untouched
        }
    }

    private static void pauseForTests() {
        long millis = Long.getLong(SLOW_WRITE_PROPERTY, 0L);
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
