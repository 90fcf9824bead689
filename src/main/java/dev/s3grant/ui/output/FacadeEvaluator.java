package dev.s3grant.ui.output;

import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.analysis.access.DecidingStatement;
import dev.s3grant.analysis.access.Expectation;
import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.ExportContent;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.ui.panes.AccessRow;
import dev.s3grant.ui.preview.PreviewDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The window's only way to the core: everything comes from {@link GrantDesigner#artifacts}, the
 * façade the CLI uses too, so the preview shows exactly what {@code generate} writes. Each file
 * is highlighted here, on the background worker; a file whose text did not change keeps the
 * highlighting of the previous evaluation.
 */
public final class FacadeEvaluator implements DesignEvaluator {

    /** The latest document of each path, whose highlighting the next evaluation reuses when the text is the same. */
    private final Map<String, PreviewDocument> latest = new ConcurrentHashMap<>();

    @Override
    public DesignerOutput evaluate(Design design) {
        DesignArtifacts artifacts = GrantDesigner.artifacts(design);
        List<PreviewDocument> documents = new ArrayList<>();
        for (GeneratedFile file : artifacts.documents()) {
            PreviewDocument previous = latest.get(file.path());
            PreviewDocument document = previous != null && previous.text().equals(file.text())
                    ? previous.withFile(file) : PreviewDocument.of(file);
            latest.put(file.path(), document);
            documents.add(file.path().endsWith(PolicyGenerator.BUCKET_POLICY_FILE)
                    ? document.withWriterBudgets(artifacts.writerBudgets()) : document);
        }
        // A set: retaining against a list compares every path with every other, quadratic in the writers.
        latest.keySet().retainAll(documents.stream().map(PreviewDocument::path).collect(Collectors.toSet()));
        return new DesignerOutput(design, documents, artifacts.findings(), access(artifacts.accessMatrix()),
                ExplanationViews.of(artifacts.explanations()), Optional.of(artifacts));
    }

    private static List<AccessRow> access(AccessMatrix matrix) {
        List<AccessRow> rows = new ArrayList<>();
        for (dev.s3grant.analysis.access.AccessRow r : matrix.rows()) {
            rows.add(new AccessRow(r.description(), r.principal(), r.request().action(), r.request().resource(),
                    r.expected() == Expectation.ALLOWED, AccessRow.Outcome.valueOf(r.actual().decision().name()),
                    Message.of(r.actual().reason().messageKey()),
                    r.actual().statements().stream().map(DecidingStatement::label).toList()));
        }
        return rows;
    }

    @Override
    public Map<String, String> exportFiles(Design design) {
        return export(design).filesByPath();
    }

    @Override
    public ExportContent export(Design design) {
        return GrantDesigner.export(design);
    }
}
