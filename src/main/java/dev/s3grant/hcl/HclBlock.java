package dev.s3grant.hcl;

import java.util.List;
import java.util.Objects;

/**
 * {@code type "label" label2 { body }}. The range runs from the type to the closing brace; the
 * header range from the type to the opening brace.
 */
public record HclBlock(String type, List<String> labels, HclBody body, Range range, Range headerRange)
        implements HclBodyItem {

    public HclBlock {
        Objects.requireNonNull(type, "type");
        labels = List.copyOf(labels);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(headerRange, "headerRange");
    }

    /**
     * The type and labels joined by dots: {@code resource.aws_s3_bucket.main},
     * {@code variable.bucket_name}, {@code locals}. A {@code provider} block with a literal
     * {@code alias} gets the alias appended: {@code provider.aws.log_archive}.
     */
    public String address() {
        StringBuilder address = new StringBuilder(type);
        labels.forEach(label -> address.append('.').append(label));
        if (type.equals("provider")) {
            body.attribute("alias")
                    .map(HclAttribute::expression)
                    .map(HclExpression::value)
                    .filter(HclString.class::isInstance)
                    .flatMap(value -> ((HclString) value).literalText())
                    .ifPresent(alias -> address.append('.').append(alias));
        }
        return address.toString();
    }
}
