package dev.s3grant.app;

import dev.s3grant.existing.adopt.AdoptedFiles;
import dev.s3grant.existing.adopt.Adopter;
import dev.s3grant.existing.adopt.ExistingFolder;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The façade's door to adoption ({@code generate --adopt PATH} and the window's Export over the
 * compared folder): the design's files adopted over the existing Terraform at a path, what moves,
 * which values are kept, which existing blocks are left alone and which existing files change
 * (decision 0030).
 *
 * @param content    the files to write and the findings (the design's and the adoption's)
 * @param moves      {@code from → to (file:line)} for each resource moved to a generated address
 * @param kept       {@code address attribute = value} for each force-new value kept
 * @param leftAlone  {@code address (file:line)} for each existing block the design does not cover
 * @param rewritten  existing files (by name) written again without the adopted blocks
 * @param findings   the adoption's own findings (S3G-110 to S3G-112), also part of {@code content}
 */
public record AdoptedExport(ExportContent content, List<String> moves, List<String> kept, List<String> leftAlone,
                            List<String> rewritten, List<dev.s3grant.analysis.Finding> findings) {

    public AdoptedExport {
        moves = List.copyOf(moves);
        kept = List.copyOf(kept);
        leftAlone = List.copyOf(leftAlone);
        rewritten = List.copyOf(rewritten);
        findings = List.copyOf(findings);
    }

    /**
     * The files the export writes that stay the user's (never removed by a later export): the existing
     * files written again, and the {@code moved} blocks, which Terraform asks to keep.
     */
    public java.util.Set<String> notOwned() {
        java.util.Set<String> files = new java.util.TreeSet<>(rewritten);
        content.files().stream().map(OutputFile::relativePath).filter(Adopter.MOVED_FILE::equals).forEach(files::add);
        return files;
    }

    /** The design's export adopted over the existing Terraform at {@code existing} (a folder or a {@code .tf} file). */
    public static AdoptedExport of(Design design, Path existing) throws InputException {
        return of(GrantDesigner.export(design), ExistingFolder.read(existing));
    }

    /** {@code content} (the design's export) adopted over the existing Terraform at {@code existing}. */
    public static AdoptedExport of(ExportContent content, Path existing) throws InputException {
        return of(content, ExistingFolder.read(existing));
    }

    /** {@code content} adopted over existing files given by name. */
    public static AdoptedExport of(ExportContent content, Map<String, String> existingFiles) {
        Map<String, String> terraform = new java.util.LinkedHashMap<>();
        content.files().stream().filter(f -> !f.relativePath().contains("/"))
                .forEach(f -> terraform.put(f.relativePath(), f.content()));
        AdoptedFiles adopted = Adopter.adopt(terraform, existingFiles);
        List<OutputFile> files = new ArrayList<>();
        for (OutputFile f : content.files()) {
            files.add(f.relativePath().contains("/") ? f : new OutputFile(f.relativePath(), adopted.files().get(f.relativePath())));
        }
        adopted.files().forEach((name, text) -> {
            if (!terraform.containsKey(name)) {
                files.add(new OutputFile(name, text));
            }
        });
        List<dev.s3grant.analysis.Finding> findings = new ArrayList<>(content.findings());
        findings.addAll(adopted.findings());
        return new AdoptedExport(new ExportContent(files, findings),
                adopted.moves().stream().map(m -> m.from() + " → " + m.to() + " (" + m.where() + ")").toList(),
                adopted.kept().stream().map(k -> k.address() + " " + k.attribute() + " = \"" + k.value() + "\"").toList(),
                adopted.leftAlone().stream().map(l -> l.address() + " (" + l.where() + ")").toList(),
                adopted.rewritten(), adopted.findings());
    }
}
