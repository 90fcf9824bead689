package dev.s3grant.explain;

import dev.s3grant.model.Message;
import dev.s3grant.text.Code;
import dev.s3grant.text.Localizer;
import dev.s3grant.text.MessageText;
import java.util.List;

/** Renders explanations as plain text for a terminal: underlined section titles, indented details. */
public final class TextRenderer {

    private TextRenderer() {
    }

    public static String render(Explanations explanations, Localizer localizer) {
        MessageText t = new MessageText(localizer, false);
        StringBuilder out = new StringBuilder();
        heading(out, t.render(Message.of("explain.title", new Code(explanations.designName()))), '=');
        Overview o = explanations.overview();
        heading(out, t.render(Message.of("explain.label.overview")), '-');
        list(out, t, "explain.label.requestPath", o.requestPath());
        list(out, t, "explain.label.applyOrder", o.applyOrder());
        list(out, t, "explain.label.outside", o.outsideControls());
        links(out, t, o.docUrls());
        for (DocumentSection s : explanations.sections()) {
            heading(out, s.document() + t.labelSeparator() + t.render(s.title()), '-');
            out.append(t.render(s.summary())).append("\n\n");
            if (!s.content().isEmpty()) {
                s.content().lines().forEach(line -> out.append("    ").append(line).append('\n'));
                out.append('\n');
            }
            for (Explanation e : s.explanations()) {
                explanation(out, t, e);
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void explanation(StringBuilder out, MessageText t, Explanation e) {
        out.append("[").append(e.subject()).append("]\n");
        line(out, t, "explain.label.what", e.what());
        line(out, t, "explain.label.why", e.why());
        line(out, t, "explain.label.ifRemoved", e.ifRemoved());
        if (!e.notes().isEmpty()) {
            out.append(t.render(Message.of("explain.label.notes"))).append('\n');
            for (Message m : e.notes()) {
                out.append("  - ").append(t.render(m)).append('\n');
            }
        }
        if (!e.conditions().isEmpty()) {
            out.append(t.render(Message.of("explain.label.conditions"))).append('\n');
            for (ConditionNote c : e.conditions()) {
                out.append("  - ").append(c.operator()).append(' ').append(c.key()).append(" = ")
                        .append(t.codes(c.values())).append('\n');
                out.append("      ").append(t.render(c.what())).append('\n');
                out.append("      ").append(t.render(c.why())).append('\n');
                out.append("      ").append(t.render(Message.of("explain.label.ifRemoved"))).append(t.labelSeparator())
                        .append(t.render(c.ifRemoved())).append('\n');
            }
        }
        links(out, t, e.links());
    }

    private static void heading(StringBuilder out, String title, char underline) {
        out.append(title).append('\n').append(String.valueOf(underline).repeat(Math.max(3, width(title)))).append("\n\n");
    }

    /** Columns a terminal gives the text: two for East Asian wide characters, one otherwise. */
    static int width(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
    }

    private static void line(StringBuilder out, MessageText t, String label, Message text) {
        out.append(t.render(Message.of(label))).append(t.labelSeparator()).append(t.render(text)).append('\n');
    }

    private static void list(StringBuilder out, MessageText t, String label, List<Message> items) {
        out.append(t.render(Message.of(label))).append('\n');
        for (Message m : items) {
            out.append("  - ").append(t.render(m)).append('\n');
        }
        out.append('\n');
    }

    private static void links(StringBuilder out, MessageText t, List<String> urls) {
        out.append(t.render(Message.of("explain.label.docs"))).append('\n');
        for (String url : urls) {
            out.append("  - ").append(url).append('\n');
        }
        out.append('\n');
    }
}
