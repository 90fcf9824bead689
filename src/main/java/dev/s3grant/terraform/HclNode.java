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

    /**
     * <code>type "label" { body }</code>. A nested block with an {@code element} name (a policy
     * document's {@code statement}, by its Sid) is an element of the generated file; empty for none.
     */
    record Block(String type, List<String> labels, List<HclNode> body, String element) implements HclNode {
        public Block {
            Objects.requireNonNull(type, "type");
            labels = List.copyOf(labels);
            body = List.copyOf(body);
            Objects.requireNonNull(element, "element");
        }

        public Block(String type, List<String> labels, List<HclNode> body) {
            this(type, labels, body, "");
        }

        /** {@code aws_s3_bucket.main} for a resource, {@code data.aws_region.x} or {@code variable.name} for others. */
        String address() {
            String joined = String.join(".", labels);
            return type.equals("resource") ? joined : labels.isEmpty() ? type : type + "." + joined;
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
