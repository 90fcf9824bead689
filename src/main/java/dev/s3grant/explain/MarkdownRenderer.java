package dev.s3grant.explain;

import dev.s3grant.model.Message;
import dev.s3grant.text.Code;
import dev.s3grant.text.Localizer;
import dev.s3grant.text.MessageText;
import java.util.List;

/** Renders explanations as Markdown: a heading per section, per statement and per resource. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(Explanations explanations, Localizer localizer) {
        MessageText t = new MessageText(localizer, true);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(t.render(Message.of("explain.title", new Code(explanations.designName())))).append("\n\n");
        Overview o = explanations.overview();
        out.append("## ").append(t.render(Message.of("explain.label.overview"))).append("\n\n");
        list(out, t, "explain.label.requestPath", o.requestPath());
        list(out, t, "explain.label.applyOrder", o.applyOrder());
        list(out, t, "explain.label.outside", o.outsideControls());
        links(out, t, o.docUrls());
        for (DocumentSection s : explanations.sections()) {
            out.append("## ").append(t.code(s.document())).append(t.labelSeparator()).append(t.render(s.title())).append("\n\n");
            out.append(t.render(s.summary())).append("\n\n");
            if (!s.content().isEmpty()) {
                out.append("```json\n").append(s.content()).append("```\n\n");
            }
            for (Explanation e : s.explanations()) {
                explanation(out, t, e);
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void explanation(StringBuilder out, MessageText t, Explanation e) {
        out.append("### ").append(t.code(e.subject())).append("\n\n");
        paragraph(out, t, "explain.label.what", e.what());
        paragraph(out, t, "explain.label.why", e.why());
        paragraph(out, t, "explain.label.ifRemoved", e.ifRemoved());
        if (!e.notes().isEmpty()) {
            out.append("**").append(t.render(Message.of("explain.label.notes"))).append("**\n\n");
            for (Message m : e.notes()) {
                out.append("- ").append(t.render(m)).append('\n');
            }
            out.append('\n');
        }
        if (!e.conditions().isEmpty()) {
            out.append("**").append(t.render(Message.of("explain.label.conditions"))).append("**\n\n");
            for (ConditionNote c : e.conditions()) {
                out.append("- ").append(t.code(c.operator())).append(' ').append(t.code(c.key()))
                        .append(" = ").append(t.codes(c.values())).append('\n');
                out.append("  - ").append(t.render(c.what())).append('\n');
                out.append("  - ").append(t.render(c.why())).append('\n');
                out.append("  - ").append(t.render(Message.of("explain.label.ifRemoved"))).append(t.labelSeparator())
                        .append(t.render(c.ifRemoved())).append('\n');
            }
            out.append('\n');
        }
        links(out, t, e.links());
    }

    private static void paragraph(StringBuilder out, MessageText t, String label, Message text) {
        // The separator stays outside the bold: CommonMark does not close "**内容：**" before a letter.
        out.append("**").append(t.render(Message.of(label))).append("**").append(t.labelSeparator())
                .append(t.render(text)).append("\n\n");
    }

    private static void list(StringBuilder out, MessageText t, String label, List<Message> items) {
        out.append("### ").append(t.render(Message.of(label))).append("\n\n");
        for (Message m : items) {
            out.append("- ").append(t.render(m)).append('\n');
        }
        out.append('\n');
    }

    private static void links(StringBuilder out, MessageText t, List<String> urls) {
        out.append("**").append(t.render(Message.of("explain.label.docs"))).append("**\n\n");
        for (String url : urls) {
            out.append("- <").append(url).append(">\n");
        }
        out.append('\n');
    }
}
