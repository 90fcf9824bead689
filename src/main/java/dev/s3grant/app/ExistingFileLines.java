package dev.s3grant.app;

import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a name of the existing-files check is on disk: {@code main.tf#aws_s3_bucket_policy.this}
 * is the line of that resource block in the {@code main.tf} among the checked paths, a file name
 * alone is line 1 of that file. A name found nowhere is placed on the first checked path.
 */
final class ExistingFileLines {

    private final List<Path> paths;

    ExistingFileLines(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no checked paths");
        }
        this.paths = List.copyOf(paths);
    }

    SarifReport.Place place(String name) {
        int hash = name.indexOf('#');
        String file = hash < 0 ? name : name.substring(0, hash);
        String address = hash < 0 ? "" : name.substring(hash + 1);
        List<Path> candidates = candidates(file);
        for (Path candidate : candidates) {
            Optional<Integer> line = address.isEmpty() ? Optional.of(1) : blockLine(candidate, address);
            if (line.isPresent()) {
                return new SarifReport.Place(SarifReport.uri(candidate), line.get(), 1);
            }
        }
        Path fallback = candidates.isEmpty() ? paths.get(0) : candidates.get(0);
        return new SarifReport.Place(SarifReport.uri(fallback), 1, 1);
    }

    private List<Path> candidates(String file) {
        List<Path> found = new ArrayList<>();
        if (file.isEmpty()) {
            return found;
        }
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                Path inside = path.resolve(file);
                if (Files.isRegularFile(inside)) {
                    found.add(inside);
                }
            } else if (path.getFileName() != null && path.getFileName().toString().equals(file)) {
                found.add(path);
            }
        }
        return found;
    }

    /** The line of {@code resource "type" "name"} for the address {@code type.name}, if the file has it. */
    private static Optional<Integer> blockLine(Path file, String address) {
        if (!file.getFileName().toString().endsWith(".tf")) {
            return Optional.empty();
        }
        String text;
        try {
            text = DesignFiles.readText(file, DesignFiles.MAX_BYTES);
        } catch (InputException e) {
            return Optional.empty();
        }
        return HclParser.parse(text).body().blocks().stream()
                .filter(b -> b.address().equals("resource." + address))
                .map(HclBlock::range)
                .map(r -> r.startLine())
                .findFirst();
    }
}
