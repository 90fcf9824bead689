package dev.s3grant.io;

import dev.s3grant.diff.SourceFile;
import dev.s3grant.model.Message;
import dev.s3grant.terraform.TerraformNames;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Existing Terraform to compare with, as read from disk: a single file, or every {@code *.tf} file
 * directly inside a folder (a Terraform module is one folder), with those of the shared writer
 * folder {@code writer/} the designer writes beside the bucket owner's files (decision 0044), keyed
 * {@code writer/<name>}. Files are keyed by name, so two folders pair up file by file; each keeps
 * its path as the user gave it for display. The CLI's
 * {@code diff} and {@code compare} and the window's Compare read through this one class.
 *
 * @param path   the file or folder that was read
 * @param folder whether {@code path} is a folder
 * @param files  the files read, by file name, sorted
 */
public record ExistingTerraform(Path path, boolean folder, Map<String, SourceFile> files) {

    /** No Terraform file of a module is anywhere near this size. */
    public static final long MAX_BYTES = DesignFiles.MAX_BYTES;

    public ExistingTerraform {
        Objects.requireNonNull(path, "path");
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /**
     * Reads {@code path}: the file itself, or the {@code .tf} files of the folder. A missing,
     * unreadable, binary, non-UTF-8 or oversized file is refused with a message that names it.
     */
    public static ExistingTerraform read(Path path) throws InputException {
        Map<String, SourceFile> files = new TreeMap<>();
        if (!Files.isDirectory(path)) {
            files.put(name(path), new SourceFile(path.toString(), DesignFiles.readText(path, MAX_BYTES)));
            return new ExistingTerraform(path, false, files);
        }
        for (Path file : tfFiles(path)) {
            files.put(name(file), new SourceFile(file.toString(), DesignFiles.readText(file, MAX_BYTES)));
        }
        Path writerFolder = path.resolve(TerraformNames.SHARED_WRITER_FOLDER);
        if (Files.isDirectory(writerFolder)) {
            for (Path file : tfFiles(writerFolder)) {
                files.put(TerraformNames.SHARED_WRITER_FOLDER + "/" + name(file),
                        new SourceFile(file.toString(), DesignFiles.readText(file, MAX_BYTES)));
            }
        }
        return new ExistingTerraform(path, true, files);
    }

    public static boolean isFolder(Path path) {
        return Files.isDirectory(path);
    }

    /** The name of the file or folder: its last path element. */
    public static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** The single file read under another key, so that two files with different names pair up. */
    public Map<String, SourceFile> keyedAs(String key) {
        if (folder || files.size() != 1) {
            throw new IllegalStateException("only a single file can be keyed by another name: " + path);
        }
        return Map.of(key, files.values().iterator().next());
    }

    private static List<Path> tfFiles(Path folder) throws InputException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> name(p).endsWith(".tf") && Files.isRegularFile(p)).sorted().toList();
        } catch (AccessDeniedException e) {
            throw problem(folder, "file.unreadable");
        } catch (NoSuchFileException e) {
            throw problem(folder, "file.notFound");
        } catch (IOException e) {
            String name = folder.toString();
            throw new InputException(InputProblem.ofFile(name, Message.of("file.ioError", name, String.valueOf(e.getMessage()))));
        }
    }

    private static InputException problem(Path path, String key) {
        String name = path.toString();
        return new InputException(InputProblem.ofFile(name, Message.of(key, name)));
    }
}
