package dev.s3grant.existing.reading;

import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclBody;
import dev.s3grant.hcl.HclExpression;
import dev.s3grant.hcl.HclFunctionCall;
import dev.s3grant.hcl.HclObject;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.hcl.HclString;
import dev.s3grant.hcl.HclTuple;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.hcl.TemplatePart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts known values in place of the references to them ({@code var.bucket_name},
 * {@code local.prefix}, {@code aws_s3_bucket.main.arn}): a bare reference becomes the value, an
 * interpolation of a string value becomes literal text. References with no known value stay.
 */
final class ValueSubstitution {

    private final Map<String, HclValue> values;

    /** @param values by reference text, such as {@code var.bucket_name} */
    ValueSubstitution(Map<String, HclValue> values) {
        this.values = Map.copyOf(values);
    }

    HclBlock apply(HclBlock block) {
        return new HclBlock(block.type(), block.labels(), apply(block.body()), block.range(), block.headerRange());
    }

    HclBody apply(HclBody body) {
        List<HclAttribute> attributes = body.attributes().stream()
                .map(a -> new HclAttribute(a.name(), new HclExpression(a.expression().text(), apply(a.expression().value()),
                        a.expression().range()), a.range()))
                .toList();
        return new HclBody(attributes, body.blocks().stream().map(this::apply).toList());
    }

    HclValue apply(HclValue value) {
        if (value instanceof HclReference reference) {
            HclValue known = values.get(reference.traversal());
            return known == null ? reference : known;
        }
        if (value instanceof HclString string) {
            return string(string);
        }
        if (value instanceof HclTuple tuple) {
            return new HclTuple(tuple.elements().stream().map(this::apply).toList());
        }
        if (value instanceof HclObject object) {
            return new HclObject(object.entries().stream().map(e -> new HclObject.Entry(e.key(), apply(e.value()))).toList());
        }
        if (value instanceof HclFunctionCall call) {
            HclFunctionCall applied = new HclFunctionCall(call.name(), call.arguments().stream().map(this::apply).toList());
            return StringFunctions.evaluate(applied).<HclValue>map(HclString::of).orElse(applied);
        }
        return value;
    }

    private HclString string(HclString string) {
        List<TemplatePart> parts = new ArrayList<>();
        for (TemplatePart part : string.parts()) {
            TemplatePart replaced = part;
            if (part instanceof TemplatePart.Interpolation interpolation) {
                HclValue inner = apply(interpolation.value());
                if (inner instanceof HclString text && text.literalText().isPresent()) {
                    replaced = new TemplatePart.Literal(text.literalText().get());
                } else {
                    replaced = new TemplatePart.Interpolation(inner, interpolation.text());
                }
            }
            add(parts, replaced);
        }
        return new HclString(parts);
    }

    /** Adjacent literal parts are merged, as the parser leaves them. */
    private static void add(List<TemplatePart> parts, TemplatePart part) {
        if (part instanceof TemplatePart.Literal literal && literal.text().isEmpty()) {
            return;
        }
        int last = parts.size() - 1;
        if (part instanceof TemplatePart.Literal literal && last >= 0 && parts.get(last) instanceof TemplatePart.Literal previous) {
            parts.set(last, new TemplatePart.Literal(previous.text() + literal.text()));
        } else {
            parts.add(part);
        }
    }
}
