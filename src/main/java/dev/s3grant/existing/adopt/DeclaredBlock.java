package dev.s3grant.existing.adopt;

import dev.s3grant.hcl.HclBlock;
import java.util.Objects;

/**
 * A top-level block of a Terraform file, with the file it is in and its address as Terraform names
 * it: {@code aws_s3_bucket.main} for a resource, {@code data.aws_region.current}, {@code var.bucket_name}
 * for a variable, {@code module.x}, {@code output.y}; other blocks by their type and labels.
 */
record DeclaredBlock(String file, HclBlock block, String address) {

    DeclaredBlock {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(address, "address");
    }

    static DeclaredBlock of(String file, HclBlock block) {
        return new DeclaredBlock(file, block, addressOf(block));
    }

    static String addressOf(HclBlock block) {
        String labels = String.join(".", block.labels());
        return switch (block.type()) {
            case "resource" -> labels;
            case "data" -> "data." + labels;
            case "variable" -> "var." + labels;
            case "module" -> "module." + labels;
            case "output" -> "output." + labels;
            default -> block.address();
        };
    }

    boolean isResource() {
        return block.type().equals("resource") && block.labels().size() == 2;
    }

    /** The resource type ({@code aws_iam_role}), or empty for a block that is not a resource. */
    String resourceType() {
        return isResource() ? block.labels().get(0) : "";
    }

    /** {@code file:line} of the block's first line. */
    String where() {
        return file + ":" + block.range().startLine();
    }
}
