package dev.s3grant.app;

import dev.s3grant.analysis.Finding;
import dev.s3grant.explain.any.ConditionReading;
import dev.s3grant.explain.any.PolicyReading;
import dev.s3grant.explain.any.StatementReach;
import dev.s3grant.explain.any.StatementReading;
import dev.s3grant.model.Message;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.text.CodeList;
import dev.s3grant.text.Localizer;
import dev.s3grant.text.MessageText;
import java.util.List;
import java.util.Optional;

/**
 * {@code explain --file} as Markdown or plain text: per document a heading with its kind, its JSON,
 * then per statement what it does, its reach, its conditions and their logic, its pages; then the
 * document's findings. The window shows the same text.
 */
public final class PolicyExplanationReport {

    private final MessageText t;
    private final boolean markdown;
    private final StringBuilder out = new StringBuilder();

    private PolicyExplanationReport(Localizer localizer, boolean markdown) {
        this.t = new MessageText(localizer, markdown);
        this.markdown = markdown;
    }

    public static String markdown(List<ExplainedPolicy> policies, Localizer localizer) {
        return new PolicyExplanationReport(localizer, true).render(policies);
    }

    public static String text(List<ExplainedPolicy> policies, Localizer localizer) {
        return new PolicyExplanationReport(localizer, false).render(policies);
    }

    private String render(List<ExplainedPolicy> policies) {
        List<String> files = policies.stream().map(p -> p.reading().file()).distinct().toList();
        heading(1, t.render(Message.of("explain.any.title", new CodeList(files))));
        for (ExplainedPolicy p : policies) {
            document(p);
        }
        return out.toString().stripTrailing() + "\n";
    }

    private void document(ExplainedPolicy p) {
        PolicyReading r = p.reading();
        String where = r.name().equals(r.file()) ? t.code(r.file()) : t.code(r.name()) + " (" + t.code(r.file() + ":" + r.line()) + ")";
        heading(2, where + t.labelSeparator() + t.render(kindTitle(r.kind())));
        if (!r.readable()) {
            out.append(t.render(Message.of("explain.any.unreadable"))).append("\n\n");
            return;
        }
        if (markdown) {
            out.append("```json\n").append(r.json()).append("```\n\n");
        } else {
            r.json().lines().forEach(line -> out.append("    ").append(line).append('\n'));
            out.append('\n');
        }
        for (StatementReading s : r.statements()) {
            statement(s);
        }
        heading(3, t.render(Message.of("explain.any.label.findings")));
        if (p.findings().isEmpty()) {
            out.append(t.render(Message.of("explain.any.findings.none"))).append("\n\n");
            return;
        }
        for (Finding f : p.findings()) {
            out.append("- ").append(f.severity()).append(' ').append(t.code(f.code())).append(' ')
                    .append(t.code(f.location().text())).append(t.labelSeparator()).append(t.render(f.message()))
                    .append(' ').append(link(f.docUrl())).append('\n');
        }
        out.append('\n');
    }

    private void statement(StatementReading s) {
        heading(3, t.code(s.label()));
        paragraph("explain.label.what", t.render(s.summary()));
        paragraph("explain.any.label.reach", t.render(reach(s.reach())));
        if (!s.conditions().isEmpty()) {
            out.append(bold(t.render(Message.of("explain.label.conditions")))).append("\n\n");
            for (Message m : s.logic()) {
                out.append(t.render(m)).append("\n\n");
            }
            for (ConditionReading c : s.conditions()) {
                out.append("- ").append(t.code(c.operator())).append(' ').append(t.code(c.key())).append(" = ")
                        .append(t.codes(c.values())).append('\n');
                for (Message m : c.meaning()) {
                    out.append("  - ").append(t.render(m)).append('\n');
                }
            }
            out.append('\n');
        }
        out.append(bold(t.render(Message.of("explain.label.docs")))).append("\n\n");
        for (String url : s.allLinks()) {
            out.append("- ").append(link(url)).append('\n');
        }
        out.append('\n');
    }

    /** The reach as a sentence; its values, where there are any, as code. */
    public static Message reach(StatementReach reach) {
        CodeList limits = new CodeList(reach.limits());
        return switch (reach.kind()) {
            case PUBLIC -> Message.of("explain.any.reach.public");
            case OUTSIDE_ORGANIZATION -> Message.of("explain.any.reach.outsideOrganization");
            case ORGANIZATION -> Message.of("explain.any.reach.organization", limits);
            case ACCOUNTS -> Message.of("explain.any.reach.accounts", limits);
            case ACCOUNT -> Message.of("explain.any.reach.account", limits);
            case SERVICE_FOR_ACCOUNT -> reach.limits().isEmpty() ? Message.of("explain.any.reach.servicePassedRole")
                    : Message.of("explain.any.reach.serviceForAccount", limits);
            case PRINCIPAL -> reach.attached() ? Message.of("explain.any.reach.attached")
                    : Message.of("explain.any.reach.principal", limits);
        };
    }

    public static Message kindTitle(Optional<DocumentKind> kind) {
        if (kind.isEmpty()) {
            return Message.of("explain.any.kind.unknown");
        }
        return switch (kind.get()) {
            case TRUST_POLICY -> Message.of("explain.any.kind.trust");
            case ROLE_POLICY -> Message.of("explain.any.kind.identity");
            case BUCKET_POLICY -> Message.of("explain.any.kind.bucket");
            case KEY_POLICY -> Message.of("explain.any.kind.key");
        };
    }

    private void heading(int level, String text) {
        if (markdown) {
            out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        } else {
            out.append(text).append('\n').append(level == 1 ? "=".repeat(Math.max(3, text.length()))
                    : level == 2 ? "-".repeat(Math.max(3, text.length())) : "").append(level < 3 ? "\n\n" : "\n");
        }
    }

    private void paragraph(String label, String text) {
        // The separator stays outside the bold: CommonMark does not close "**内容：**" before a letter.
        out.append(bold(t.render(Message.of(label)))).append(t.labelSeparator()).append(text).append("\n\n");
    }

    private String bold(String text) {
        return markdown ? "**" + text + "**" : text;
    }

    private String link(String url) {
        return markdown ? "<" + url + ">" : url;
    }
}
