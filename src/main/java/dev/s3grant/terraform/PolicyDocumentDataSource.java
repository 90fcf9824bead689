package dev.s3grant.terraform;

import dev.s3grant.policy.Condition;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Principal;
import dev.s3grant.policy.Statement;
import java.util.List;
import java.util.function.Function;

/**
 * A policy document as a {@code data "aws_iam_policy_document"} block: one {@code statement} block
 * per statement, with {@code principals} blocks per principal type ({@code type = "*"} for
 * {@code "Principal": "*"}) and one {@code condition} block per condition key (the blocks are
 * ANDed, the values of one block ORed, as in the JSON).
 */
final class PolicyDocumentDataSource {

    static final String TYPE = "aws_iam_policy_document";

    private PolicyDocumentDataSource() {
    }

    static HclNode.Block of(String name, PolicyDocument document, Function<String, TemplateText> text,
                            ProviderReference provider) {
        HclBlockBuilder data = HclBlockBuilder.block("data", TYPE, name)
                .provider(provider)
                .attribute("version", HclExpr.string(document.version()));
        for (Statement s : document.statements()) {
            data.blank().block(statement(s, text));
        }
        return data.build();
    }

    private static HclNode.Block statement(Statement s, Function<String, TemplateText> text) {
        HclBlockBuilder block = HclBlockBuilder.block("statement");
        if (!s.sid().isEmpty()) {
            block.element(s.sid()).attribute("sid", text.apply(s.sid()));
        }
        block.attribute("effect", HclExpr.string(s.effect().name()));
        addList(block, "actions", s.actions(), text);
        addList(block, "not_actions", s.notActions(), text);
        addList(block, "resources", s.resources(), text);
        addList(block, "not_resources", s.notResources(), text);
        addPrincipals(block, "principals", s.principal(), text);
        addPrincipals(block, "not_principals", s.notPrincipal(), text);
        for (Condition c : s.conditions()) {
            block.blank().block(HclBlockBuilder.block("condition")
                    .attribute("test", HclExpr.string(c.operator()))
                    .attribute("variable", HclExpr.string(c.key()))
                    .attribute("values", list(c.values(), text))
                    .build());
        }
        return block.build();
    }

    private static void addPrincipals(HclBlockBuilder block, String type, Principal p, Function<String, TemplateText> text) {
        if (p == null) {
            return;
        }
        if (p.wildcard()) {
            block.blank().block(principals(type, HclExpr.string("*"), list(List.of("*"), TemplateText::literal)));
            return;
        }
        p.values().forEach((principalType, values) ->
                block.blank().block(principals(type, HclExpr.string(principalType), list(values, text))));
    }

    private static HclNode.Block principals(String blockType, HclExpr type, HclExpr identifiers) {
        return HclBlockBuilder.block(blockType)
                .attribute("type", type)
                .attribute("identifiers", identifiers)
                .build();
    }

    private static void addList(HclBlockBuilder block, String name, List<String> values, Function<String, TemplateText> text) {
        if (!values.isEmpty()) {
            block.attribute(name, list(values, text));
        }
    }

    private static HclExpr list(List<String> values, Function<String, TemplateText> text) {
        return HclExpr.tuple(values.stream().map(v -> HclExpr.text(text.apply(v))).toList());
    }
}
