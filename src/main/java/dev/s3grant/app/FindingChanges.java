package dev.s3grant.app;

import dev.s3grant.analysis.Finding;
import dev.s3grant.diff.SourceFile;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.io.InputException;
import dev.s3grant.io.PolicyFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a change brings and the ones it resolves, for the pull-request summary: the rules for
 * any policy document ({@code explain --file}, decision 0032) run on every policy of both sides, and a
 * finding counts as the same on both sides when its code, place (file and statement) and message are
 * the same. Both lists are sorted by severity, then code, then place.
 */
public record FindingChanges(List<Finding> added, List<Finding> resolved) {

    /** No finding brought or resolved. */
    public static final FindingChanges NONE = new FindingChanges(List.of(), List.of());

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::code).thenComparing(f -> f.location().text());

    public FindingChanges {
        added = List.copyOf(added);
        resolved = List.copyOf(resolved);
    }

    public boolean none() {
        return added.isEmpty() && resolved.isEmpty();
    }

    /** Two files or two folders, paired as {@link ComparedSides#between} pairs them. */
    public static FindingChanges between(Path oldPath, Path newPath) throws InputException {
        return of(ComparedSides.between(oldPath, newPath));
    }

    /** Existing files (old) against the design's generated Terraform files (new), as {@code diff} pairs them. */
    public static FindingChanges against(List<OutputFile> designFiles, ExistingTerraform existing) {
        return of(ComparedSides.against(designFiles, existing));
    }

    private static FindingChanges of(ComparedSides sides) {
        return of(findings(sides.olds()), findings(sides.news()));
    }

    static FindingChanges of(List<Finding> oldFindings, List<Finding> newFindings) {
        Set<Key> oldKeys = keys(oldFindings);
        Set<Key> newKeys = keys(newFindings);
        return new FindingChanges(
                newFindings.stream().filter(f -> !oldKeys.contains(Key.of(f))).sorted(ORDER).toList(),
                oldFindings.stream().filter(f -> !newKeys.contains(Key.of(f))).sorted(ORDER).toList());
    }

    /** The findings of every policy in the files, each under the name the files are paired by. */
    private static List<Finding> findings(Map<String, SourceFile> files) {
        List<Finding> findings = new ArrayList<>();
        files.forEach((name, file) -> {
            try {
                PolicyExplanations.explain(name, PolicyFiles.ofText(file.displayName(), name, file.text()))
                        .forEach(explained -> findings.addAll(explained.findings()));
            } catch (InputException notAPolicy) {
                // a file that holds no policy has no findings of the policy rules
            }
        });
        return findings;
    }

    private static Set<Key> keys(List<Finding> findings) {
        Set<Key> keys = new LinkedHashSet<>();
        findings.forEach(f -> keys.add(Key.of(f)));
        return keys;
    }

    private record Key(String code, String place, Object message) {
        static Key of(Finding f) {
            return new Key(f.code(), f.location().text(), f.message());
        }
    }
}
