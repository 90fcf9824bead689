package dev.s3grant.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.analysis.Finding;
import dev.s3grant.explain.any.ConditionReading;
import dev.s3grant.explain.any.PolicyReading;
import dev.s3grant.explain.any.StatementReading;
import dev.s3grant.model.Message;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.PolicyJson;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PrettyJson;
import dev.s3grant.text.Localizer;
import dev.s3grant.text.MessageText;
import java.util.List;

/**
 * The stable JSON form of {@code explain --file --format json} (docs/explain-any-policy.md):
 * {@code formatVersion}, {@code language}, then per document its file, name, line, kind, whether
 * it could be read, its statements (the statement as canonical JSON, summary, reach, logic,
 * conditions, links) and its findings (with the rule's title and the reason for its severity). Texts are plain (no Markdown) in the chosen language; every
 * other value is language-neutral.
 */
public final class PolicyExplanationJson {

    /** Raised when a field is added in a way a reader of version 1 could misread. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PolicyExplanationJson() {
    }

    public static String render(List<ExplainedPolicy> policies, Localizer localizer) {
        MessageText t = new MessageText(localizer, false);
        ObjectNode root = NODES.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("language", localizer.language().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode documents = root.putArray("documents");
        for (ExplainedPolicy p : policies) {
            documents.add(document(p, t));
        }
        return PrettyJson.write(root);
    }

    private static ObjectNode document(ExplainedPolicy p, MessageText t) {
        PolicyReading r = p.reading();
        ObjectNode node = NODES.objectNode();
        node.put("file", r.file());
        node.put("name", r.name());
        node.put("line", r.line());
        node.put("kind", r.kind().map(PolicyExplanationJson::kindName).orElse("unknown"));
        node.put("readable", r.readable());
        ArrayNode statements = node.putArray("statements");
        for (StatementReading s : r.statements()) {
            statements.add(statement(s, t));
        }
        ArrayNode findings = node.putArray("findings");
        for (Finding f : p.findings()) {
            ObjectNode finding = findings.addObject();
            finding.put("code", f.code());
            finding.put("severity", f.severity().name());
            finding.put("title", t.render(Message.of(f.message().key() + ".title")));
            finding.put("location", f.location().text());
            finding.put("message", t.render(f.message()));
            finding.put("why", t.render(Message.of(f.message().key() + ".why")));
            finding.put("docUrl", f.docUrl());
        }
        return node;
    }

    private static ObjectNode statement(StatementReading s, MessageText t) {
        ObjectNode node = NODES.objectNode();
        node.put("index", s.index());
        node.put("label", s.label());
        node.put("effect", s.statement().effect().name());
        node.set("statement", PolicyJson.toTree(PolicyDocument.of(List.of(s.statement()))).get("Statement").get(0));
        node.put("summary", t.render(s.summary()));
        ObjectNode reach = node.putObject("reach");
        reach.put("kind", s.reach().kind().jsonName());
        reach.put("attached", s.reach().attached());
        strings(reach.putArray("limits"), s.reach().limits());
        reach.put("text", t.render(PolicyExplanationReport.reach(s.reach())));
        ArrayNode logic = node.putArray("logic");
        s.logic().forEach(m -> logic.add(t.render(m)));
        ArrayNode conditions = node.putArray("conditions");
        for (ConditionReading c : s.conditions()) {
            ObjectNode condition = conditions.addObject();
            condition.put("operator", c.operator());
            condition.put("key", c.key());
            strings(condition.putArray("values"), c.values());
            condition.put("setPrefix", c.setPrefix());
            condition.put("ifExists", c.ifExists());
            condition.put("negated", c.negated());
            ArrayNode meaning = condition.putArray("meaning");
            for (Message m : c.meaning()) {
                meaning.add(t.render(m));
            }
            strings(condition.putArray("links"), c.links());
        }
        strings(node.putArray("links"), s.links());
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String kindName(DocumentKind kind) {
        return switch (kind) {
            case TRUST_POLICY -> "trust";
            case ROLE_POLICY -> "identity";
            case BUCKET_POLICY -> "bucket";
            case KEY_POLICY -> "key";
        };
    }
}
