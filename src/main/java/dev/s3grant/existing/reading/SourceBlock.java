package dev.s3grant.existing.reading;

import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.hcl.HclString;
import dev.s3grant.hcl.HclValue;
import java.util.Optional;

/** A top-level block of an imported file, with the file it is in. */
record SourceBlock(ImportedFile file, HclBlock block) {

    boolean isResource(String type) {
        return block.type().equals("resource") && block.labels().size() == 2 && block.labels().get(0).equals(type);
    }

    boolean isData(String type) {
        return block.type().equals("data") && block.labels().size() == 2 && block.labels().get(0).equals(type);
    }

    /** The resource or data source's type, such as {@code aws_iam_role}. */
    String resourceType() {
        return block.labels().isEmpty() ? "" : block.labels().get(0);
    }

    String label() {
        return block.labels().size() < 2 ? "" : block.labels().get(1);
    }

    /** {@code aws_iam_role.writer}: how other blocks refer to this resource. */
    String reference() {
        return block.type().equals("data") ? "data." + resourceType() + "." + label() : resourceType() + "." + label();
    }

    int line() {
        return block.range().startLine();
    }

    Optional<HclValue> value(String attribute) {
        return block.body().attribute(attribute).map(a -> a.expression().value());
    }

    int line(String attribute) {
        return block.body().attribute(attribute).map(HclAttribute::range).map(r -> r.startLine()).orElse(line());
    }

    /** The attribute's text when it is a known string (after substitution), else empty. */
    Optional<String> text(String attribute) {
        return value(attribute).flatMap(SourceBlock::text);
    }

    static Optional<String> text(HclValue value) {
        return value instanceof HclString string ? string.literalText() : Optional.empty();
    }

    /** The reference an attribute makes, such as {@code aws_iam_role.writer.id}, or empty. */
    Optional<String> referenceIn(String attribute) {
        return value(attribute).filter(HclReference.class::isInstance).map(v -> ((HclReference) v).traversal());
    }
}
