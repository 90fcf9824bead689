package dev.s3grant.ui.output;

import dev.s3grant.explain.ConditionNote;
import dev.s3grant.explain.DocumentSection;
import dev.s3grant.explain.Explanations;
import dev.s3grant.explain.Overview;
import dev.s3grant.model.Message;
import dev.s3grant.ui.panes.Explanation;
import dev.s3grant.ui.panes.Explanation.Paragraph;
import dev.s3grant.ui.preview.PreviewDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The façade's explanations as the explanation pane shows them: the overview, each file, each statement and resource. */
final class ExplanationViews {

    private static final Message WHAT = Message.of("explain.label.what");
    private static final Message WHY = Message.of("explain.label.why");
    private static final Message IF_REMOVED = Message.of("explain.label.ifRemoved");

    private ExplanationViews() {
    }

    static List<Explanation> of(Explanations explanations) {
        List<Explanation> all = new ArrayList<>();
        all.add(overview(explanations.overview()));
        for (DocumentSection section : explanations.sections()) {
            String file = PreviewDocument.fileName(section.document());
            all.add(new Explanation(file, "", section.title(), List.of(Paragraph.of(null, section.summary())), List.of()));
            for (dev.s3grant.explain.Explanation e : section.explanations()) {
                all.add(element(file, section.title(), e));
            }
        }
        return all;
    }

    private static Explanation overview(Overview o) {
        return new Explanation("", "", Message.of("explain.label.overview"), List.of(
                new Paragraph(Message.of("explain.label.requestPath"), "", o.requestPath()),
                new Paragraph(Message.of("explain.label.applyOrder"), "", o.applyOrder()),
                new Paragraph(Message.of("explain.label.outside"), "", o.outsideControls())), o.docUrls());
    }

    private static Explanation element(String file, Message title, dev.s3grant.explain.Explanation e) {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraph.of(WHAT, e.what()));
        paragraphs.add(Paragraph.of(WHY, e.why()));
        paragraphs.add(Paragraph.of(IF_REMOVED, e.ifRemoved()));
        if (!e.notes().isEmpty()) {
            paragraphs.add(new Paragraph(Message.of("explain.label.notes"), "", e.notes()));
        }
        boolean first = true;
        for (ConditionNote c : e.conditions()) {
            paragraphs.add(new Paragraph(first ? Message.of("explain.label.conditions") : null,
                    c.operator() + " " + c.key() + " = " + String.join(", ", c.values()),
                    List.of(c.what(), c.why(), Message.of("ui.explanation.labelled", IF_REMOVED, c.ifRemoved()))));
            first = false;
        }
        List<String> links = Stream.concat(e.docUrls().stream(), e.conditions().stream().flatMap(c -> c.docUrls().stream()))
                .distinct().toList();
        return new Explanation(file, e.subject(), title, paragraphs, links);
    }
}
