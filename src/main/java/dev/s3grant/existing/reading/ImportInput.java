package dev.s3grant.existing.reading;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import dev.s3grant.io.InputProblem;
import dev.s3grant.model.Message;
import dev.s3grant.terraform.TerraformNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files an import reads from the paths the user gave: every {@code .tf},
 * {@code terraform.tfvars}, {@code *.auto.tfvars} and {@code .json} file directly inside a folder
 * (a module is one folder; the JSON files of its {@code policies/} folder too), or the files named. A shared
 * writer folder (decision 0044), given itself or as the {@code writer/} folder of an exported folder, is read with
 * its {@code accounts/*.tfvars}.
 */
public final class ImportInput {

    private static final String ACCOUNTS = "accounts";

    private ImportInput() {
    }

    public static List<ImportedFile> read(List<Path> paths) throws InputException {
        List<ImportedFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path) && isWriterFolder(path)) {
                files.addAll(writerFolder(path));
            } else if (Files.isDirectory(path)) {
                for (Path file : usable(path)) {
                    files.add(file(file));
                }
                Path writer = path.resolve(TerraformNames.SHARED_WRITER_FOLDER);
                if (Files.isDirectory(writer) && isWriterFolder(writer)) {
                    files.addAll(writerFolder(writer));
                }
                Path policies = path.resolve("policies");
                if (Files.isDirectory(policies) && list(path).stream().noneMatch(p -> name(p).endsWith(".tf"))) {
                    for (Path file : usable(policies)) {
                        files.add(file(file));
                    }
                }
            } else {
                ImportedFile file = file(path);
                if (!file.isTerraform() && !file.isVariableValues() && !file.isPolicyJson() && !file.name().endsWith(".tfvars")) {
                    throw new InputException(InputProblem.ofFile(path.toString(), Message.of("import.input.unknownFile", path.toString())));
                }
                files.add(file);
            }
        }
        if (files.stream().noneMatch(f -> f.isTerraform() || f.isPolicyJson())) {
            String where = paths.isEmpty() ? "" : paths.get(0).toString();
            throw new InputException(InputProblem.ofFile(where, Message.of("import.input.nothing", where)));
        }
        return files;
    }

    /** A shared writer folder (decision 0044): {@code .tf} files beside an {@code accounts/} folder of values files. */
    private static boolean isWriterFolder(Path folder) throws InputException {
        Path accounts = folder.resolve(ACCOUNTS);
        return Files.isDirectory(accounts) && list(accounts).stream().anyMatch(p -> name(p).endsWith(".tfvars"))
                && list(folder).stream().anyMatch(p -> name(p).endsWith(".tf"));
    }

    /** The files of a shared writer folder, named relative to the exported folder: {@code writer/writer.tf}, {@code writer/accounts/A.tfvars}. */
    private static List<ImportedFile> writerFolder(Path folder) throws InputException {
        List<ImportedFile> files = new ArrayList<>();
        for (Path file : usable(folder)) {
            if (!name(file).endsWith(".json")) {
                files.add(file(file, SharedWriterFolder.PREFIX + name(file)));
            }
        }
        for (Path file : list(folder.resolve(ACCOUNTS)).stream().filter(Files::isRegularFile)
                .filter(p -> name(p).endsWith(".tfvars") && !name(p).startsWith(".")).toList()) {
            files.add(file(file, SharedWriterFolder.PREFIX + ACCOUNTS + "/" + name(file)));
        }
        return files;
    }

    private static List<Path> usable(Path folder) throws InputException {
        return list(folder).stream().filter(Files::isRegularFile).filter(p -> {
            String name = name(p);
            return name.endsWith(".tf") || name.equals("terraform.tfvars") || name.endsWith(".auto.tfvars") || name.endsWith(".json");
        }).filter(p -> !name(p).startsWith(".")).sorted().toList();
    }

    private static List<Path> list(Path folder) throws InputException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            String name = folder.toString();
            throw new InputException(InputProblem.ofFile(name, Message.of("file.ioError", name, String.valueOf(e.getMessage()))));
        }
    }

    private static ImportedFile file(Path path) throws InputException {
        return file(path, name(path));
    }

    private static ImportedFile file(Path path, String name) throws InputException {
        return new ImportedFile(name, path.toString(), DesignFiles.readText(path, DesignFiles.MAX_BYTES));
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
