package dev.s3grant.cli;

import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.analysis.access.AccessRequest;
import dev.s3grant.analysis.access.AccessRow;
import dev.s3grant.analysis.access.AdHocResult;
import dev.s3grant.analysis.access.DecidingStatement;
import dev.s3grant.analysis.access.Evaluation;
import dev.s3grant.text.Localizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The text output of {@code check}, in the user's language. */
final class AccessReportText {

    private AccessReportText() {
    }

    static String matrix(String designName, AccessMatrix matrix, Localizer text) {
        StringBuilder out = new StringBuilder();
        List<AccessRow> rows = matrix.rows();
        for (int i = 0; i < rows.size(); i++) {
            appendRow(out, i + 1, rows.get(i), text);
        }
        long matching = rows.stream().filter(AccessRow::matches).count();
        out.append(text.format("access.cli.summary", designName, rows.size(), matching, rows.size() - matching)).append('\n');
        return out.toString();
    }

    /** One row of a matrix: its number, whether it is as intended, the request, the outcome and the deciding statements. */
    static void appendRow(StringBuilder out, int number, AccessRow row, Localizer text) {
        AccessRequest r = row.request();
        out.append('#').append(number).append(' ')
                .append(text.format(row.matches() ? "access.cli.rowMatches" : "access.cli.rowMismatch")).append("  ")
                .append(text.render(row.description())).append('\n');
        out.append("    ").append(r.caller().arn()).append("  ").append(r.action()).append("  ").append(r.resource()).append('\n');
        out.append("    ").append(text.format("access.cli.outcome",
                text.format("access.expected." + row.expected().name()),
                text.format("access.decision." + row.actual().decision().name()))).append('\n');
        out.append("    ").append(decidedBy(row.actual(), text)).append('\n');
    }

    static String adHoc(AdHocResult result, Localizer text) {
        AccessRequest r = result.request();
        Evaluation e = result.evaluation();
        StringBuilder out = new StringBuilder();
        out.append(text.format("access.cli.decision", text.format("access.decision." + e.decision().name()))).append('\n');
        out.append(text.format("access.cli.why", text.format(e.reason().messageKey()))).append('\n');
        out.append(text.format("access.cli.request", r.caller().arn(), r.action(), r.resource())).append('\n');
        String identity = result.identityPolicies().isEmpty() ? "-" : String.join(", ", result.identityPolicies());
        String resource = result.resourcePolicy().orElse(text.format("access.cli.noResourcePolicy"));
        out.append(text.format("access.cli.policies", identity, resource)).append('\n');
        out.append(text.format("access.cli.context")).append('\n');
        for (Map.Entry<String, List<String>> k : r.context().asMap().entrySet()) {
            out.append("  ").append(k.getKey()).append(" = ").append(String.join(", ", k.getValue())).append('\n');
        }
        out.append(decidedBy(e, text)).append('\n');
        if (result.worstCaseIdentity()) {
            out.append(text.format("access.cli.worstCase")).append('\n');
        }
        return out.toString();
    }

    private static String decidedBy(Evaluation evaluation, Localizer text) {
        if (evaluation.statements().isEmpty()) {
            return text.format("access.cli.decidedByNothing");
        }
        String statements = evaluation.statements().stream()
                .map(DecidingStatement::label)
                .collect(Collectors.joining(", "));
        return text.format("access.cli.decidedBy", statements);
    }
}
