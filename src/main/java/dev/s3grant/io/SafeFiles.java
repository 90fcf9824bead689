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

    private SafeFiles() {
    }

    /** Writes {@code text} as UTF-8 to a temporary file beside {@code target}, then moves it into place. */
    public static void writeAtomically(Path target, String text) throws InputException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String file = target.toString();
        if (Files.isDirectory(absolute)) {
            throw new InputException(InputProblem.ofFile(file, Message.of("file.isDirectory", file)));
        }
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (AccessDeniedException e) {
            throw new InputException(InputProblem.ofFile(file, Message.of("file.notWritable", file)));
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(file, Message.of("file.writeError", file, String.valueOf(e.getMessage()))));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // nothing more can be done; the target is untouched
                }
            }
        }
    }
}
