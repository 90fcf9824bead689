package dev.s3grant.io;

import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The window's autosave: the open design, written atomically to {@value #DESIGN_FILE} in the user's
 * application-data folder while it has unsaved changes, and removed on a clean exit. Finding one
 * at start therefore means the last session ended without one (a crash, a kill, a power cut).
 * Beside it, {@value #SOURCE_FILE} holds the path of the design file the changes belong to, if
 * any, so a restored design saves back to where it came from. A second window running at the same
 * time cannot {@link #claim} the autosave (a lock on {@value #LOCK_FILE}, which the system drops
 * when the process ends however it ends), so it neither offers nor overwrites the first one's.
 */
public final class Autosave {

    /** System property naming the folder to use instead of the per-OS default (tests, portable installs). */
    public static final String FOLDER_PROPERTY = "s3grant.dataDir";

    static final String DESIGN_FILE = "autosave.json";
    static final String SOURCE_FILE = "autosave.source";
    static final String BROKEN_FILE = "autosave.broken.json";
    static final String LOCK_FILE = "autosave.lock";

    private final Path folder;
    private FileChannel lockChannel;
    private FileLock lock;

    public Autosave(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The autosave in the folder named by {@value #FOLDER_PROPERTY}, or in the user's application-data folder. */
    public static Autosave inUserDataFolder() {
        String override = System.getProperty(FOLDER_PROPERTY, "");
        if (!override.isBlank()) {
            return new Autosave(Path.of(override));
        }
        return new Autosave(userDataFolder(System.getProperty("os.name", ""), System::getenv,
                System.getProperty("user.home", ".")));
    }

    /**
     * Where each system keeps an application's data: {@code %APPDATA%\S3GrantDesigner} on
     * Windows, {@code ~/Library/Application Support/S3GrantDesigner} on macOS, and
     * {@code $XDG_DATA_HOME/s3grant-designer} (or {@code ~/.local/share/s3grant-designer}) elsewhere.
     */
    static Path userDataFolder(String osName, UnaryOperator<String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.apply("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("S3GrantDesigner");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "S3GrantDesigner");
        }
        String xdg = env.apply("XDG_DATA_HOME");
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("s3grant-designer");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    public Path folder() {
        return folder;
    }

    /** The autosaved design file. */
    public Path file() {
        return folder.resolve(DESIGN_FILE);
    }

    public boolean exists() {
        return Files.isRegularFile(file());
    }

    /**
     * Writes the design (and the file it belongs to, if any) atomically, creating the folder. Both
     * are readable by the user alone: they sit in the user's own data folder, and the design may
     * hold account IDs and bucket names not yet meant for others (decision 0014).
     */
    public void write(Design design, Optional<Path> source) throws InputException {
        Path sourceFile = folder.resolve(SOURCE_FILE);
        if (source.isPresent()) {
            SafeFiles.writePrivately(sourceFile, source.get().toAbsolutePath() + "\n");
        } else {
            SafeFiles.deleteQuietly(sourceFile);
        }
        SafeFiles.writePrivately(file(), DesignWriter.write(design));
    }

    /** The autosaved design, when there is one; a file that cannot be read is reported, never half-used. */
    public Optional<Autosaved> read() throws InputException {
        if (!exists()) {
            return Optional.empty();
        }
        Design design = DesignFiles.load(file());
        Optional<Path> source = Optional.empty();
        Path sourceFile = folder.resolve(SOURCE_FILE);
        Instant savedAt = Instant.EPOCH;
        try {
            savedAt = Files.getLastModifiedTime(file()).toInstant();
            if (Files.isRegularFile(sourceFile)) {
                String line = Files.readString(sourceFile, StandardCharsets.UTF_8).strip();
                source = line.isEmpty() ? Optional.empty() : Optional.of(Path.of(line));
            }
        } catch (IOException | RuntimeException e) {
            // the time and the source are extras: the design itself was read
        }
        return Optional.of(new Autosaved(design, source, savedAt));
    }

    /**
     * Takes the autosave for this process. False when another running process holds it; true
     * also when the folder cannot be locked at all (then writing will report the problem).
     */
    public synchronized boolean claim() {
        if (lock != null) {
            return true;
        }
        try {
            Files.createDirectories(folder);
            lockChannel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
            if (lock == null) {
                lockChannel.close();
                lockChannel = null;
                return false;
            }
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Lets another process take the autosave: on a clean exit (the system does it on any other). */
    public synchronized void release() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // closing a lock file cannot lose anything
        } finally {
            lock = null;
            lockChannel = null;
        }
    }

    /** Removes the autosave: after a save, a clean exit, or when the user declines to restore it. */
    public void delete() {
        SafeFiles.deleteQuietly(file());
        SafeFiles.deleteQuietly(folder.resolve(SOURCE_FILE));
    }

    /**
     * Moves an autosave that cannot be read out of the way (to {@value #BROKEN_FILE}), so it is
     * not offered again but is still there for the user to look at.
     */
    public void setAside() throws InputException {
        try {
            Files.move(file(), folder.resolve(BROKEN_FILE), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            String name = file().toString();
            throw new InputException(InputProblem.ofFile(name, Message.of("file.writeError", name, String.valueOf(e.getMessage()))));
        }
        SafeFiles.deleteQuietly(folder.resolve(SOURCE_FILE));
    }

    /** A design found in the autosave: the design, the file it belongs to (if any) and when it was written. */
    public record Autosaved(Design design, Optional<Path> source, Instant savedAt) {
        public Autosaved {
            Objects.requireNonNull(design, "design");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(savedAt, "savedAt");
        }
    }
}
