package dev.s3grant.ui.output;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.OutputFile;
import dev.s3grant.document.FileElement;
import dev.s3grant.model.Design;
import dev.s3grant.ui.panes.AccessRow;
import dev.s3grant.ui.panes.Explanation;
import dev.s3grant.ui.preview.ElementRef;
import dev.s3grant.ui.preview.PreviewDocument;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the window shows for one design snapshot, computed off the FX thread, with the
 * façade's artifacts they were made from (the grant map is laid out from them), or empty for an
 * output made by hand.
 */
public record DesignerOutput(Design design, List<PreviewDocument> documents, List<Finding> findings,
                             List<AccessRow> access, List<Explanation> explanations, Optional<DesignArtifacts> artifacts) {

    public DesignerOutput {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        access = List.copyOf(access);
        explanations = List.copyOf(explanations);
        Objects.requireNonNull(artifacts, "artifacts");
    }

    /** An output with no artifacts behind it (tests, and outputs made from another output). */
    public DesignerOutput(Design design, List<PreviewDocument> documents, List<Finding> findings,
                          List<AccessRow> access, List<Explanation> explanations) {
        this(design, documents, findings, access, explanations, Optional.empty());
    }

    /** The generated files as Export writes them, in the preview's order: a comparison reuses them instead of generating again. */
    public List<OutputFile> files() {
        return documents.stream().map(d -> new OutputFile(d.path(), d.text())).toList();
    }

    public Optional<PreviewDocument> document(String path) {
        return documents.stream().filter(d -> d.path().equals(path)).findFirst();
    }

    /** The number of findings of each severity, every severity present (zero when none). */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    public long mismatches() {
        return access.stream().filter(AccessRow::mismatch).count();
    }

    /**
     * The explanation of the element, or of the nearest element it sits in that has one: a
     * statement block of a policy document data source is explained with its data source.
     */
    public Optional<Explanation> explanation(ElementRef ref) {
        String element = ref.element();
        while (true) {
            String id = element;
            Optional<Explanation> found = explanations.stream()
                    .filter(e -> e.file().equals(ref.file()) && e.element().equals(id))
                    .findFirst();
            Optional<String> parent = parent(ref.file(), id);
            if (found.isPresent() || parent.isEmpty()) {
                return found;
            }
            element = parent.get();
        }
    }

    /** The element's id and the ids of the elements it sits in, innermost first. */
    public List<String> elementAndParents(ElementRef ref) {
        List<String> ids = new java.util.ArrayList<>();
        Optional<String> id = Optional.of(ref.element()).filter(e -> !e.isEmpty());
        while (id.isPresent() && !ids.contains(id.get())) {
            ids.add(id.get());
            id = parent(ref.file(), id.get());
        }
        return ids;
    }

    /** The id of the element that {@code element} of the file sits in, if it sits in one. */
    private Optional<String> parent(String file, String element) {
        return documents.stream()
                .filter(d -> d.file().name().equals(file))
                .flatMap(d -> d.file().element(element).stream())
                .map(FileElement::parent)
                .filter(p -> !p.isEmpty())
                .findFirst();
    }

    public Optional<Explanation> overview() {
        return explanations.stream().filter(Explanation::isOverview).findFirst();
    }

    /** The reason the design gives for accepting the finding, or empty: the findings table marks accepted rows. */
    public Optional<String> acceptedReason(Finding finding) {
        return GrantDesigner.acceptedReason(design, finding);
    }
}
