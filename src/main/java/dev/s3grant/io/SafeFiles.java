package dev.s3grant.io;

import dev.s3grant.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader sees either the old content or the new, never half of it.
 *
 * <p>Permissions (decision 0014): a new file gets what any new file gets in its folder (the
 * process's umask, as {@link Files#createFile} applies it, e.g. {@code rw-r--r--} under umask 022); a
 * file that is replaced keeps its permissions; {@link #writePrivately} is for files only the user
 * may read (the autosave). On file systems without POSIX permissions the system's defaults apply.
 */
public final class SafeFiles {

    /** Test hook: milliseconds to pause after each staged file, so a test can kill an export midway. */
    static final String SLOW_WRITE_PROPERTY = "s3grant.test.slowWriteMillis";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SafeFiles() {
    }

    /**
     * Writes {@code text} as UTF-8 to a temporary file beside {@code target}, then moves it into
     * place. The target keeps its permissions, or gets those of a new file in its folder.
     */
    public static void writeAtomically(Path target, String text) throws InputException {
        moveIntoPlace(stage(target, text), target);
    }

    /** As {@link #writeAtomically(Path, String)}, for content that is not text (a picture). */
    public static void writeAtomically(Path target, byte[] content) throws InputException {
        moveIntoPlace(stage(target, content, Optional.empty()), target);
    }

    /** As {@link #writeAtomically}, but readable and writable by the owner alone ({@code rw-------}). */
    public static void writePrivately(Path target, String text) throws InputException {
        moveIntoPlace(stage(target, text, Optional.of(OWNER_ONLY)), target);
    }

    /**
     * Writes {@code text} to a new temporary file in the target's folder (creating the folder) and
     * returns it; {@link #moveIntoPlace} then replaces the target in one rename. The temporary file
     * has the target's permissions when the target exists, else those of a new file.
     */
    static Path stage(Path target, String text) throws InputException {
        return stage(target, text, Optional.empty());
    }

    /** As {@link #stage(Path, String)}, with these permissions instead (where the file system has them). */
    static Path stage(Path target, String text, Optional<Set<PosixFilePermission>> mode) throws InputException {
        return stage(target, text.getBytes(StandardCharsets.UTF_8), mode);
    }

    private static Path stage(Path target, byte[] content, Optional<Set<PosixFilePermission>> mode) throws InputException {
        Path absolute = target.toAbsolutePath();
        String file = target.toString();
        if (Files.isDirectory(absolute)) {
            throw new InputException(InputProblem.ofFile(file, Message.of("file.isDirectory", file)));
        }
        Path temp = null;
        try {
            Files.createDirectories(absolute.getParent());
            Optional<Set<PosixFilePermission>> wanted = mode.isPresent() ? mode : permissionsOf(absolute);
            temp = createStagingFile(absolute, wanted.isPresent());
            Files.write(temp, content);
            if (wanted.isPresent()) {
                // after writing: a read-only target's permissions would refuse the content
                Files.setPosixFilePermissions(temp, wanted.get());
            }
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

    /** The POSIX permissions of an existing regular file; empty when it does not exist or the file system has none. */
    static Optional<Set<PosixFilePermission>> permissionsOf(Path file) throws IOException {
        if (!isPosix(file) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.getPosixFilePermissions(file));
    }

    /**
     * A new, empty file beside {@code target} with a name no other file has. Unlike
     * {@link Files#createTempFile}, which always makes {@code rw-------}, it gets what a new file
     * gets in that folder; {@code ownerOnly} makes it {@code rw-------} until its permissions are set.
     */
    private static Path createStagingFile(Path target, boolean ownerOnly) throws IOException {
        FileAttribute<?>[] attributes = ownerOnly && isPosix(target.getParent())
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        for (int attempt = 0; ; attempt++) {
            Path candidate = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate, attributes);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    static void moveIntoPlace(Path staged, Path target) throws InputException {
        try {
            move(staged, target.toAbsolutePath());
        } catch (IOException e) {
            deleteQuietly(staged);
            String file = target.toString();
            throw new InputException(InputProblem.ofFile(file, Message.of("file.writeError", file, String.valueOf(e.getMessage()))));
        }
    }

    /**
     * Renames {@code file} to {@code <name>.bak} beside it (replacing an older one): content and
     * permissions stay as they were.
     */
    static void moveToBackup(Path file) throws InputException {
        try {
            move(file.toAbsolutePath(), backupOf(file).toAbsolutePath());
        } catch (IOException e) {
            String name = file.toString();
            throw new InputException(InputProblem.ofFile(name, Message.of("file.writeError", name, String.valueOf(e.getMessage()))));
        }
    }

    /** {@code <name>.bak} beside the file. */
    static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static boolean isRegularFile(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
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
