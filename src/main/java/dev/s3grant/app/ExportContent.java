package dev.s3grant.app;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code generate} and the window's Export need of a design: the files to write and the
 * findings, of which the {@code ERROR}s stop an export (the window asks first).
 */
public record ExportContent(List<OutputFile> files, List<Finding> findings) {

    public ExportContent {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    /** The {@code ERROR} findings, in the findings' order. */
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** The files by path relative to the output folder, in {@link #files()}' order. */
    public Map<String, String> filesByPath() {
        Map<String, String> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.relativePath(), f.content()));
        return byPath;
    }
}
