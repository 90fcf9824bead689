package dev.s3grant.ui.output;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.ExportContent;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.OutputFile;
import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.analysis.access.DecidingStatement;
import dev.s3grant.analysis.access.Expectation;
import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import dev.s3grant.ui.panes.AccessRow;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.ui.preview.PreviewDocument;
import dev.s3grant.ui.preview.Syntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The window's only way to the core: everything comes from {@link GrantDesigner#artifacts}, the
 * façade the CLI uses too, so the preview shows exactly what {@code generate} writes.
 */
public final class FacadeEvaluator implements DesignEvaluator {

    @Override
    public DesignerOutput evaluate(Design design) {
        DesignArtifacts artifacts = GrantDesigner.artifacts(design);
        Map<String, PolicyFile> policies = new HashMap<>();
        for (PolicyFile p : artifacts.policies().all()) {
            policies.put(DesignArtifacts.POLICIES_FOLDER + p.fileName(), p);
        }
        List<PreviewDocument> documents = new ArrayList<>();
        for (OutputFile f : artifacts.files()) {
            String path = f.relativePath();
            documents.add(new PreviewDocument(path, PreviewDocument.fileName(path), f.content(), Syntax.of(path),
                    Optional.ofNullable(policies.get(path)).map(PolicyFile::size)));
        }
        return new DesignerOutput(design, documents, artifacts.findings(), access(artifacts.accessMatrix()),
                ExplanationViews.of(artifacts.explanations()));
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
