package dev.s3grant.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.analysis.access.AccessRequest;
import dev.s3grant.analysis.access.AccessRow;
import dev.s3grant.analysis.access.AdHocResult;
import dev.s3grant.analysis.access.DecidingStatement;
import dev.s3grant.analysis.access.Evaluation;
import dev.s3grant.policy.PrettyJson;
import dev.s3grant.text.Localizer;
import java.util.List;
import java.util.Map;

/** The JSON output of {@code check}: fixed key order, context keys sorted, every context value an array. */
final class AccessReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AccessReportJson() {
    }

    static String matrix(String designName, AccessMatrix matrix, Localizer text) {
        ObjectNode root = NODES.objectNode();
        root.put("design", designName);
        root.put("allMatch", matrix.allMatch());
        ArrayNode rows = root.putArray("rows");
        List<AccessRow> all = matrix.rows();
        for (int i = 0; i < all.size(); i++) {
            putRow(rows.addObject(), i + 1, all.get(i), text);
        }
        return PrettyJson.write(root);
    }

    /** One row of a matrix, into {@code node}. */
    static void putRow(ObjectNode node, int number, AccessRow row, Localizer text) {
        node.put("number", number);
        node.put("description", text.render(row.description()));
        putRequest(node, row.request());
        node.put("expected", row.expected().name());
        node.put("actual", row.actual().decision().name());
        node.put("matches", row.matches());
        putEvaluation(node, row.actual(), text);
    }

    static String adHoc(AdHocResult result, Localizer text) {
        ObjectNode root = NODES.objectNode();
        putRequest(root, result.request());
        root.put("decision", result.evaluation().decision().name());
        ArrayNode identity = root.putArray("identityPolicies");
        result.identityPolicies().forEach(identity::add);
        if (result.resourcePolicy().isPresent()) {
            root.put("resourcePolicy", result.resourcePolicy().get());
        } else {
            root.putNull("resourcePolicy");
        }
        root.put("worstCaseIdentity", result.worstCaseIdentity());
        putEvaluation(root, result.evaluation(), text);
        return PrettyJson.write(root);
    }

    private static void putRequest(ObjectNode node, AccessRequest request) {
        node.put("principal", request.caller().arn());
        node.put("action", request.action());
        node.put("resource", request.resource());
        ObjectNode context = node.putObject("context");
        for (Map.Entry<String, List<String>> e : request.context().asMap().entrySet()) {
            ArrayNode values = context.putArray(e.getKey());
            e.getValue().forEach(values::add);
        }
    }

    private static void putEvaluation(ObjectNode node, Evaluation evaluation, Localizer text) {
        node.put("reason", evaluation.reason().name());
        node.put("why", text.format(evaluation.reason().messageKey()));
        ArrayNode statements = node.putArray("decidingStatements");
        for (DecidingStatement s : evaluation.statements()) {
            ObjectNode st = statements.addObject();
            st.put("document", s.document());
            st.put("sid", s.sid());
            st.put("effect", s.effect().name());
        }
    }
}
