package dev.s3grant.terraform;

import java.util.List;
import java.util.Objects;

/** One item of an HCL body: an attribute, a nested block, a blank line or a comment line. */
sealed interface HclNode {

    /** {@code name = value}. */
    record Attribute(String name, HclExpr value) implements HclNode {
        public Attribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** <code>type "label" { body }</code>. */
    record Block(String type, List<String> labels, List<HclNode> body) implements HclNode {
        public Block {
            Objects.requireNonNull(type, "type");
            labels = List.copyOf(labels);
            body = List.copyOf(body);
        }
    }

    /** An empty line. */
    record Blank() implements HclNode {
    }

    /** {@code # text}; the text is made safe for a one-line comment. */
    record Comment(String text) implements HclNode {
        public Comment {
            text = HclStrings.commentText(Objects.requireNonNull(text, "text"));
        }
    }
}
