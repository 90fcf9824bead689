package dev.s3grant.cli;

import dev.s3grant.diff.SourceFile;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import dev.s3grant.io.InputProblem;
import dev.s3grant.model.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the Terraform files to compare: a single file, or every {@code *.tf} file directly inside
 * a folder (a Terraform module is one folder). Files are keyed by name, so two folders pair up
 * file by file; each keeps its path as the user gave it for display.
 */
final class TerraformInputs {

    /** No Terraform file of a module is anywhere near this size. */
    static final long MAX_BYTES = DesignFiles.MAX_BYTES;

    private TerraformInputs() {
    }

    static boolean isFolder(Path path) {
        return Files.isDirectory(path);
    }

    /** The {@code .tf} files of a folder, or the file itself, by file name. */
    static Map<String, SourceFile> read(Path path) throws InputException {
        Map<String, SourceFile> files = new TreeMap<>();
        if (!Files.isDirectory(path)) {
            files.put(name(path), new SourceFile(path.toString(), DesignFiles.readText(path, MAX_BYTES)));
            return files;
        }
        List<Path> tfFiles;
        try (Stream<Path> entries = Files.list(path)) {
            tfFiles = entries.filter(p -> name(p).endsWith(".tf") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            String folder = path.toString();
            throw new InputException(InputProblem.ofFile(folder, Message.of("file.ioError", folder, String.valueOf(e.getMessage()))));
        }
        for (Path file : tfFiles) {
            files.put(name(file), new SourceFile(file.toString(), DesignFiles.readText(file, MAX_BYTES)));
        }
        return files;
    }

    /** The same file under another key, so that two files with different names pair up. */
    static Map<String, SourceFile> rekey(Map<String, SourceFile> single, String key) {
        return Map.of(key, single.values().iterator().next());
    }

    static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
