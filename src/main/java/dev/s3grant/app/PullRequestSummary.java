package dev.s3grant.app;

import dev.s3grant.analysis.Finding;
import dev.s3grant.diff.AccessChange;
import dev.s3grant.diff.BlockChange;
import dev.s3grant.diff.ChangeKind;
import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.DiffTextReport;
import dev.s3grant.diff.ElementChange;
import dev.s3grant.diff.FileDiff;
import dev.s3grant.diff.PrincipalChange;
import dev.s3grant.diff.SideNames;
import dev.s3grant.text.Localizer;
import dev.s3grant.text.MessageText;
import java.util.List;
import java.util.Optional;

/**
 * {@code compare --format markdown}: a summary fit for a pull-request comment. A verdict line, a
 * table of the access added and removed (by principal, action and resource), the changed findings
 * and the text diff folded in a {@code <details>} block.
 */
public final class PullRequestSummary {

    private PullRequestSummary() {
    }

    public static String render(DiffResult result, Optional<GateVerdict> gate, FindingChanges findings,
                                boolean allowUnknown, Localizer l, SideNames sides) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(l.text("diff.review.title")).append("\n\n");
        out.append("**").append(l.text(verdictKey(result, gate, allowUnknown))).append("**\n\n");
        gate.ifPresent(g -> g.unknown().forEach(place ->
                out.append("- ").append(l.format("diff.review.unknown", "`" + place + "`")).append('\n')));
        gate.filter(g -> !g.unknown().isEmpty()).ifPresent(g -> out.append('\n'));
        List<String> rows = rows(result, l);
        out.append("### ").append(l.text("diff.review.access")).append("\n\n");
        if (rows.isEmpty()) {
            out.append(l.text("diff.review.access.none")).append("\n\n");
        } else {
            out.append("| ").append(l.text("diff.review.column.change")).append(" | ")
                    .append(l.text("diff.review.column.where")).append(" | ")
                    .append(l.text("diff.review.column.principal")).append(" | ")
                    .append(l.text("diff.review.column.action")).append(" | ")
                    .append(l.text("diff.review.column.resource")).append(" | ")
                    .append(l.text("diff.review.column.conditions")).append(" |\n");
            out.append("|---|---|---|---|---|---|\n");
            rows.forEach(r -> out.append(r).append('\n'));
            out.append('\n');
        }
        out.append("### ").append(l.text("diff.review.findings")).append("\n\n");
        findings(findings, l, out);
        out.append("<details>\n<summary>").append(l.text("diff.review.textDiff")).append("</summary>\n\n```diff\n");
        out.append(DiffTextReport.render(result, l, sides, false).replace("```", "'''"));
        out.append("```\n\n</details>\n");
        return out.toString();
    }

    /** The findings the change brings, then the ones it resolves, as one table. */
    private static void findings(FindingChanges findings, Localizer l, StringBuilder out) {
        if (findings.none()) {
            out.append(l.text("diff.review.findings.none")).append("\n\n");
            return;
        }
        MessageText markdown = MessageText.markdown(l.language());
        out.append("| ").append(l.text("diff.review.column.change")).append(" | ")
                .append(l.text("diff.review.column.severity")).append(" | ")
                .append(l.text("diff.review.column.code")).append(" | ")
                .append(l.text("diff.review.column.where")).append(" | ")
                .append(l.text("diff.review.column.finding")).append(" |\n");
        out.append("|---|---|---|---|---|\n");
        findings.added().forEach(f -> out.append(findingRow(l.text("diff.review.findings.added"), f, l, markdown)));
        findings.resolved().forEach(f -> out.append(findingRow(l.text("diff.review.findings.resolved"), f, l, markdown)));
        out.append('\n');
    }

    private static String findingRow(String change, Finding f, Localizer l, MessageText markdown) {
        return "| " + change + " | " + f.severity().name() + " | " + f.code() + " | `"
                + f.location().text() + "` | " + markdown.render(f.message()).replace("|", "\\|").replace("\n", " ") + " |\n";
    }

    /** The message key of the verdict line; without the gate, only formatting only or different in meaning. */
    public static String verdictKey(DiffResult result, Optional<GateVerdict> gate, boolean allowUnknown) {
        if (gate.isEmpty()) {
            return result.identicalInMeaning() ? "diff.review.verdict.formattingOnly" : "diff.review.verdict.changed";
        }
        return switch (gate.get().kind(allowUnknown)) {
            case BROADENED -> "diff.review.verdict.broadened";
            case UNKNOWN -> "diff.review.verdict.unknown";
            case NARROWED -> "diff.review.verdict.narrowed";
            case UNCHANGED -> result.identicalInMeaning() ? "diff.review.verdict.formattingOnly"
                    : "diff.review.verdict.sameAccess";
        };
    }

    /** One row per statement change and direction: the principals, actions and resources it adds or removes. */
    private static List<String> rows(DiffResult result, Localizer l) {
        List<String> rows = new java.util.ArrayList<>();
        for (FileDiff file : result.files()) {
            for (BlockChange block : file.blocks()) {
                for (AccessChange change : block.access()) {
                    String where = "`" + block.address() + (change.attribute().isEmpty() ? "" : "." + change.attribute())
                            + "` " + change.statement() + " (" + change.effect() + ")";
                    for (ChangeKind direction : List.of(ChangeKind.ADDED, ChangeKind.REMOVED)) {
                        String principals = principals(change, direction);
                        String actions = elements(change.actions(), direction);
                        String resources = elements(change.resources(), direction);
                        String conditions = String.join("<br>", change.conditions().stream()
                                .filter(c -> c.change() == direction)
                                .map(c -> "`" + c.operator() + " " + c.key() + " = " + String.join(", ", c.values()) + "`").toList());
                        if (principals.isEmpty() && actions.isEmpty() && resources.isEmpty() && conditions.isEmpty()) {
                            continue;
                        }
                        rows.add("| " + l.text(direction == ChangeKind.ADDED ? "diff.review.added" : "diff.review.removed")
                                + " | " + where + " | " + orDash(principals) + " | " + orDash(actions) + " | " + orDash(resources)
                                + " | " + orDash(conditions) + " |");
                    }
                }
            }
        }
        return rows;
    }

    private static String principals(AccessChange change, ChangeKind direction) {
        return String.join("<br>", change.principals().stream().filter(p -> p.change() == direction)
                .map(PullRequestSummary::principal).toList());
    }

    private static String principal(PrincipalChange p) {
        return "`" + (p.type().equals("*") ? "*" : p.type() + ": " + p.value()) + "`";
    }

    private static String elements(List<ElementChange> elements, ChangeKind direction) {
        return String.join("<br>", elements.stream().filter(e -> e.change() == direction)
                .map(e -> "`" + e.value() + "`").toList());
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "—" : text;
    }
}
