package dev.s3grant.ui.output;

import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.analysis.access.DecidingStatement;
import dev.s3grant.analysis.access.Expectation;
import dev.s3grant.analysis.budget.WriterBudget;
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
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The window's only way to the core: everything comes from {@link GrantDesigner#artifacts}, the
 * façade the CLI uses too, so the preview shows exactly what {@code generate} writes.
 *
 * <p>A file is highlighted once per text, and only when someone looks at it: a file whose text did
 * not change keeps the highlighting of the previous evaluation; a file whose previous version was
 * highlighted (it was shown) is highlighted here, on the background worker; any other file when a
 * tab first shows it. The policy files someone looks at are handed over as soon as the policies
 * exist, before the rest of the output (docs/decisions/0048-visible-document-first.md).
 */
public final class FacadeEvaluator implements DesignEvaluator {

    /** The latest document of each path, whose highlighting the next evaluation reuses when the text is the same. */
    private final Map<String, PreviewDocument> latest = new ConcurrentHashMap<>();

    @Override
    public DesignerOutput evaluate(Design design) {
        return evaluate(design, shown -> { }, () -> false);
    }

    @Override
    public DesignerOutput evaluate(Design design, Consumer<List<PreviewDocument>> shownFirst) {
        return evaluate(design, shownFirst, () -> false);
    }

    @Override
    public DesignerOutput evaluate(Design design, Consumer<List<PreviewDocument>> shownFirst, BooleanSupplier unwanted) {
        DesignArtifacts artifacts = GrantDesigner.artifacts(design, policyFiles -> {
            List<PreviewDocument> shown = new ArrayList<>();
            for (GeneratedFile file : policyFiles) {
                PreviewDocument previous = latest.get(file.path());
                if (previous != null && previous.isHighlighted()) {
                    PreviewDocument document = next(previous, file);
                    latest.put(file.path(), document);
                    shown.add(document);
                }
            }
            if (!shown.isEmpty()) {
                shownFirst.accept(shown);
            }
        }, unwanted);
        List<PreviewDocument> documents = new ArrayList<>();
        List<WriterBudget> budgets = null;
        for (GeneratedFile file : artifacts.documents()) {
            PreviewDocument document = next(latest.get(file.path()), file);
            if (file.path().endsWith(PolicyGenerator.BUCKET_POLICY_FILE)) {
                budgets = budgets == null ? artifacts.writerBudgets() : budgets;
                document = document.withWriterBudgets(budgets);
            }
            latest.put(file.path(), document);
            documents.add(document);
        }
        // A set: retaining against a list compares every path with every other, quadratic in the writers.
        latest.keySet().retainAll(documents.stream().map(PreviewDocument::path).collect(Collectors.toSet()));
        return new DesignerOutput(design, documents, artifacts.findings(), access(artifacts.accessMatrix()),
                ExplanationViews.of(artifacts.explanations()), Optional.of(artifacts));
    }

    /**
     * The document of {@code file} after {@code previous} (the path's latest, or null): the same highlighting
     * when the text is the same, else highlighted now when the previous one was (someone looks at the file),
     * else highlighted when first shown. A document keeps the previous one's writer budgets until it gets its own.
     */
    private static PreviewDocument next(PreviewDocument previous, GeneratedFile file) {
        if (previous == null) {
            return PreviewDocument.of(file);
        }
        if (previous.text().equals(file.text())) {
            return previous.withFile(file);
        }
        PreviewDocument document = PreviewDocument.of(file).withWriterBudgets(previous.writerBudgets());
        return previous.isHighlighted() ? document.highlighted() : document;
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
