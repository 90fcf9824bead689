package dev.s3grant.ui.explainany;

import dev.s3grant.analysis.Finding;
import dev.s3grant.app.ExplainedPolicy;
import dev.s3grant.app.PolicyExplanationReport;
import dev.s3grant.explain.any.ConditionReading;
import dev.s3grant.explain.any.PolicyReading;
import dev.s3grant.explain.any.StatementReading;
import dev.s3grant.model.Message;
import dev.s3grant.ui.panes.Explanation;
import dev.s3grant.ui.panes.Explanation.Paragraph;
import dev.s3grant.ui.preview.ElementRef;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code explain --file}'s content as the explanation pane shows it: per document an entry with its
 * kind and findings, then one per statement with what it does, its reach, its conditions and links.
 */
final class PolicyExplanationViews {

    private PolicyExplanationViews() {
    }

    static List<PolicyExplanationEntry> of(List<ExplainedPolicy> policies) {
        List<PolicyExplanationEntry> entries = new ArrayList<>();
        for (ExplainedPolicy p : policies) {
            PolicyReading r = p.reading();
            Message title = PolicyExplanationReport.kindTitle(r.kind());
            String document = r.name().equals(r.file()) ? r.file() : r.file() + " " + r.name();
            List<Paragraph> paragraphs = new ArrayList<>();
            if (!r.readable()) {
                paragraphs.add(Paragraph.of(null, Message.of("explain.any.unreadable")));
            } else if (p.findings().isEmpty()) {
                paragraphs.add(Paragraph.of(Message.of("explain.any.label.findings"), Message.of("explain.any.findings.none")));
            } else {
                paragraphs.add(new Paragraph(Message.of("explain.any.label.findings"), "",
                        p.findings().stream().map(PolicyExplanationViews::finding).toList()));
            }
            entries.add(new PolicyExplanationEntry(new ElementRef(document, ""), new Explanation(document, "", title, paragraphs,
                    p.findings().stream().map(Finding::docUrl).distinct().toList())));
            for (StatementReading s : r.statements()) {
                entries.add(new PolicyExplanationEntry(new ElementRef(document, s.label()), statement(document, title, s)));
            }
        }
        return List.copyOf(entries);
    }

    private static Message finding(Finding f) {
        return Message.of("ui.explainPolicy.finding", f.severity().name(), f.code(), f.location().text(), f.message());
    }

    private static Explanation statement(String document, Message title, StatementReading s) {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraph.of(Message.of("explain.label.what"), s.summary()));
        paragraphs.add(Paragraph.of(Message.of("explain.any.label.reach"), PolicyExplanationReport.reach(s.reach())));
        boolean first = true;
        if (!s.logic().isEmpty()) {
            paragraphs.add(new Paragraph(Message.of("explain.label.conditions"), "", s.logic()));
            first = false;
        }
        for (ConditionReading c : s.conditions()) {
            paragraphs.add(new Paragraph(first ? Message.of("explain.label.conditions") : null,
                    c.operator() + " " + c.key() + " = " + String.join(", ", c.values()), c.meaning()));
            first = false;
        }
        return new Explanation(document, s.label(), title, paragraphs, s.allLinks());
    }
}
