package dev.s3grant.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.hcl.HclBool;
import dev.s3grant.hcl.HclNull;
import dev.s3grant.hcl.HclNumber;
import dev.s3grant.hcl.HclObject;
import dev.s3grant.hcl.HclString;
import dev.s3grant.hcl.HclTuple;
import dev.s3grant.hcl.HclValue;

/**
 * Turns an HCL value into the JSON tree {@code jsonencode} would give, without evaluating
 * anything: what cannot be known stays as text in <code>${...}</code>, so
 * {@code "arn:aws:iam::${var.account_a_id}:root"} keeps its interpolation and the bare reference
 * {@code aws_s3_bucket.main.arn} becomes the string <code>${aws_s3_bucket.main.arn}</code>.
 */
final class HclJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HclJson() {
    }

    static JsonNode of(HclValue value) {
        if (value instanceof HclString string) {
            return NODES.textNode(ValueText.template(string));
        }
        if (value instanceof HclNumber number) {
            return NODES.numberNode(number.value());
        }
        if (value instanceof HclBool bool) {
            return NODES.booleanNode(bool.value());
        }
        if (value instanceof HclNull) {
            return NODES.nullNode();
        }
        if (value instanceof HclTuple tuple) {
            ArrayNode array = NODES.arrayNode();
            tuple.elements().forEach(element -> array.add(of(element)));
            return array;
        }
        if (value instanceof HclObject object) {
            ObjectNode node = NODES.objectNode();
            object.entries().forEach(entry -> node.set(entry.key(), of(entry.value())));
            return node;
        }
        return NODES.textNode("${" + ValueText.of(value) + "}");
    }
}
