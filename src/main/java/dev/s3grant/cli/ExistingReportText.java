package dev.s3grant.cli;

import dev.s3grant.analysis.Finding;
import dev.s3grant.app.FindingText;
import dev.s3grant.existing.check.Cause;
import dev.s3grant.existing.check.CheckedRow;
import dev.s3grant.existing.check.ExistingCheckResult;
import dev.s3grant.existing.check.ExistingGrant;
import dev.s3grant.model.Message;
import dev.s3grant.text.Localizer;
import java.util.List;
import java.util.Map;

/**
 * The text output of {@code check --against}: what was read (bucket, owner, writers, stand-ins, parts
 * not read), the rows as {@code check --matrix} prints them with the cause of each row that is not as
 * intended, the findings on the files, and for two folders their fit and the apply order.
 */
final class ExistingReportText {

    private ExistingReportText() {
    }

    static String of(ExistingCheckResult result, Localizer text) {
        ExistingGrant grant = result.grant();
        StringBuilder out = new StringBuilder();
        out.append(text.format("existing.check.cli.bucket", grant.bucketName(), grant.ownerAccount())).append('\n');
        grant.bucketPolicy().ifPresentOrElse(
                p -> out.append(text.format("existing.check.cli.bucketPolicy", p.name())).append('\n'),
                () -> out.append(text.format("existing.check.cli.noBucketPolicy")).append('\n'));
        grant.writers().forEach(w -> out.append(text.format(w.declared() ? "existing.check.cli.writer" : "existing.check.cli.writerNotDeclared",
                w.roleArn(), w.file())).append('\n'));
        for (Map.Entry<String, String> standIn : grant.standIns().entrySet()) {
            out.append(text.format("existing.check.cli.standIn", standInFor(grant, standIn.getKey(), text), standIn.getValue())).append('\n');
        }
        grant.unread().forEach(u -> out.append(text.format("existing.check.cli.unread", u)).append('\n'));
        out.append('\n');
        List<CheckedRow> rows = result.rows();
        for (int i = 0; i < rows.size(); i++) {
            CheckedRow row = rows.get(i);
            AccessReportText.appendRow(out, i + 1, row.row(), text);
            for (Cause cause : row.causes()) {
                out.append("    ").append(text.format("existing.check.cli.cause", text.render(cause.message()))).append('\n');
            }
        }
        if (!result.findings().isEmpty()) {
            out.append('\n').append(text.format("existing.check.cli.findings")).append('\n');
            for (Finding finding : result.findings()) {
                out.append(FindingText.line(finding, text::render)).append('\n');
                out.append("    ").append(text.text(finding.message().key() + ".why")).append('\n');
            }
        }
        if (result.applyOrder().isPresent()) {
            out.append('\n');
            if (result.fit().isEmpty()) {
                out.append(text.format("existing.check.fit.ok")).append('\n');
            }
            for (Message problem : result.fit()) {
                out.append(text.render(problem)).append('\n');
            }
            out.append(text.render(result.applyOrder().get())).append('\n');
        }
        long matching = rows.stream().filter(r -> r.row().matches()).count();
        out.append('\n').append(result.applyOrder().isPresent()
                ? text.format("existing.check.cli.summaryFolders", rows.size(), matching, rows.size() - matching, result.fit().size())
                : text.format("existing.check.cli.summary", rows.size(), matching, rows.size() - matching)).append('\n');
        return out.toString();
    }

    /** What a stand-in stands for: a variable or reference as written, or the account a data source would give. */
    private static String standInFor(ExistingGrant grant, String what, Localizer text) {
        return grant.standInTextKey(what).map(text::format).orElse(what);
    }

}
