package dev.s3grant.hcl;

import java.util.Objects;

/**
 * A variable and its traversal, normalized without blanks: {@code var.x},
 * {@code aws_s3_bucket.main.arn}, {@code a[0].b}, {@code each.value["k"]}, {@code a[var.i]}.
 */
public record HclReference(String traversal) implements HclValue {

    public HclReference {
        Objects.requireNonNull(traversal, "traversal");
    }

    /** The root variable name: {@code var} for {@code var.x}. */
    public String root() {
        int end = 0;
        while (end < traversal.length() && traversal.charAt(end) != '.' && traversal.charAt(end) != '[') {
            end++;
        }
        return traversal.substring(0, end);
    }
}
