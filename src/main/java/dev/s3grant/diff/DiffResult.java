package dev.s3grant.diff;

import java.util.List;

/** The comparison of two sets of Terraform files, one {@link FileDiff} per path, sorted by path. */
public record DiffResult(List<FileDiff> files) {

    public DiffResult {
        files = List.copyOf(files);
    }

    /** Whether the two sides mean the same: every file exists on both sides and means the same there. */
    public boolean identicalInMeaning() {
        return files.stream().allMatch(FileDiff::identicalInMeaning);
    }

    /** The files that exist on one side only. */
    public List<FileDiff> oneSidedFiles() {
        return files.stream().filter(f -> f.presence() != FilePresence.BOTH).toList();
    }

    /** The file with this path. */
    public java.util.Optional<FileDiff> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
