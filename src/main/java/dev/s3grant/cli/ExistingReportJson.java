package dev.s3grant.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.analysis.Finding;
import dev.s3grant.existing.check.Cause;
import dev.s3grant.existing.check.CheckedRow;
import dev.s3grant.existing.check.ExistingCheckResult;
import dev.s3grant.existing.check.ExistingGrant;
import dev.s3grant.existing.check.WriterRole;
import dev.s3grant.policy.PrettyJson;
import dev.s3grant.text.Localizer;
import java.util.List;

/** The JSON output of {@code check --against}: the rows as {@code check --matrix --format json} writes them, with causes. */
final class ExistingReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExistingReportJson() {
    }

    static String of(ExistingCheckResult result, Localizer text) {
        ExistingGrant grant = result.grant();
        ObjectNode root = NODES.objectNode();
        root.put("asIntended", result.asIntended());
        root.put("bucket", grant.bucketName());
        root.put("ownerAccount", grant.ownerAccount());
        root.put("bucketPolicy", grant.bucketPolicy().map(p -> p.name()).orElse(null));
        ArrayNode writers = root.putArray("writers");
        for (WriterRole w : grant.writers()) {
            ObjectNode node = writers.addObject();
            node.put("roleArn", w.roleArn());
            node.put("declared", w.declared());
            node.put("file", w.file());
        }
        ObjectNode standIns = root.putObject("standIns");
        grant.standIns().forEach(standIns::put);
        ArrayNode unread = root.putArray("unread");
        grant.unread().forEach(unread::add);
        ArrayNode rows = root.putArray("rows");
        List<CheckedRow> all = result.rows();
        for (int i = 0; i < all.size(); i++) {
            ObjectNode node = rows.addObject();
            AccessReportJson.putRow(node, i + 1, all.get(i).row(), text);
            ArrayNode causes = node.putArray("causes");
            for (Cause cause : all.get(i).causes()) {
                ObjectNode c = causes.addObject();
                c.put("kind", cause.kind().name());
                c.put("text", text.render(cause.message()));
            }
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode node = findings.addObject();
            node.put("code", f.code());
            node.put("severity", f.severity().name());
            node.put("location", f.location().text());
            node.put("message", text.render(f.message()));
            node.put("why", text.text(f.message().key() + ".why"));
            node.put("docUrl", f.docUrl());
        }
        if (result.applyOrder().isPresent()) {
            ArrayNode fit = root.putArray("fit");
            result.fit().forEach(m -> fit.add(text.render(m)));
            root.put("applyOrder", text.render(result.applyOrder().get()));
        }
        return PrettyJson.write(root);
    }
}
