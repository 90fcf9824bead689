package dev.s3grant.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.hcl.HclError;
import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import dev.s3grant.policy.PrettyJson;
import dev.s3grant.text.Localizer;
import java.util.List;

/**
 * The JSON output of {@code diff} and {@code compare}, in a fixed key order: the verdict, then per
 * file its presence, syntax errors, block changes with addresses, attribute changes and access
 * changes (statement, actions, resources, principals, conditions, each marked added or removed).
 * Language-neutral: identifiers, not sentences. A syntax error carries its English {@code message}
 * and, for a reader in another language, its bundle {@code key} and {@code arguments} (a nested
 * message is an object with its own key and arguments).
 */
public final class DiffJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DiffJson() {
    }

    public static String write(DiffResult result, boolean ignoreFormatting) {
        ObjectNode root = NODES.objectNode();
        root.put("identicalInMeaning", result.identicalInMeaning());
        ArrayNode files = root.putArray("files");
        for (FileDiff file : result.files()) {
            if (ignoreFormatting && file.identicalInMeaning()) {
                continue;
            }
            files.add(file(file, ignoreFormatting));
        }
        return PrettyJson.write(root);
    }

    private static ObjectNode file(FileDiff file, boolean ignoreFormatting) {
        ObjectNode node = NODES.objectNode();
        node.put("path", file.path());
        node.put("presence", file.presence().id());
        node.put("old", file.oldName());
        node.put("new", file.newName());
        node.put("textChanged", file.text().hasChanges());
        node.put("identicalInMeaning", file.identicalInMeaning());
        ArrayNode errors = node.putArray("errors");
        addErrors(errors, "old", file.oldErrors());
        addErrors(errors, "new", file.newErrors());
        ArrayNode blocks = node.putArray("blocks");
        for (BlockChange block : file.visibleBlocks(ignoreFormatting)) {
            blocks.add(block(block));
        }
        return node;
    }

    private static void addErrors(ArrayNode into, String side, List<HclError> errors) {
        for (HclError error : errors) {
            ObjectNode node = into.addObject();
            node.put("side", side);
            node.put("line", error.range().startLine());
            node.put("column", error.range().startColumn());
            node.put("message", Localizer.of(Language.EN).render(error.message()));
            node.put("key", error.message().key());
            addArguments(node.putArray("arguments"), error.message());
        }
    }

    private static void addArguments(ArrayNode into, Message message) {
        for (Object argument : message.args()) {
            if (argument instanceof Message nested) {
                ObjectNode node = into.addObject();
                node.put("key", nested.key());
                addArguments(node.putArray("arguments"), nested);
            } else {
                into.add(String.valueOf(argument));
            }
        }
    }

    private static ObjectNode block(BlockChange block) {
        ObjectNode node = NODES.objectNode();
        node.put("address", block.address());
        node.put("change", block.kind().id());
        if (block.kind() == ChangeKind.MOVED) {
            node.put("from", block.movedFrom());
        }
        node.put("label", block.label().id());
        node.put("oldLine", block.oldLine());
        node.put("newLine", block.newLine());
        ArrayNode attributes = node.putArray("attributes");
        for (AttributeChange a : block.attributes()) {
            ObjectNode attribute = attributes.addObject();
            attribute.put("name", a.name());
            attribute.put("change", a.kind().id());
            attribute.put("label", a.label().id());
        }
        ArrayNode access = node.putArray("access");
        block.access().forEach(a -> access.add(access(a)));
        return node;
    }

    private static ObjectNode access(AccessChange change) {
        ObjectNode node = NODES.objectNode();
        node.put("attribute", change.attribute());
        node.put("statement", change.statement());
        node.put("change", change.kind().id());
        node.put("effect", change.effect().name());
        ArrayNode actions = node.putArray("actions");
        change.actions().forEach(a -> actions.addObject().put("value", a.value()).put("change", a.change().id()));
        ArrayNode resources = node.putArray("resources");
        change.resources().forEach(r -> resources.addObject().put("value", r.value()).put("change", r.change().id()));
        ArrayNode principals = node.putArray("principals");
        change.principals().forEach(p -> principals.addObject()
                .put("type", p.type()).put("value", p.value()).put("change", p.change().id()));
        ArrayNode conditions = node.putArray("conditions");
        for (ConditionChange c : change.conditions()) {
            ObjectNode condition = conditions.addObject();
            condition.put("operator", c.operator());
            condition.put("key", c.key());
            ArrayNode values = condition.putArray("values");
            c.values().forEach(values::add);
            condition.put("change", c.change().id());
        }
        return node;
    }
}
