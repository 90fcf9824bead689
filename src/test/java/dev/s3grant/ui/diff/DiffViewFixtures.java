package dev.s3grant.ui.diff;

import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.SourceFile;
import dev.s3grant.diff.TerraformDiff;
import java.util.Map;

/** Two small versions of a Terraform file, plus a file that exists on the new side only. */
final class DiffViewFixtures {

    static final String OLD = """
            resource "aws_s3_bucket" "main" {
              bucket = var.bucket_name
            }

            resource "aws_s3_bucket_ownership_controls" "main" {
              bucket = aws_s3_bucket.main.id

              rule {
                object_ownership = "BucketOwnerEnforced"
              }
            }

            variable "bucket_name" {
              type = string
            }
            """;

    /** Line 2 changes one word; line 14 changes only its layout. */
    static final String NEW = OLD.replace("bucket = var.bucket_name", "bucket = var.central_bucket")
            .replace("  type = string", "  type    = string");

    private DiffViewFixtures() {
    }

    static DiffResult result() {
        return TerraformDiff.compare(
                Map.of("main.tf", new SourceFile("old/main.tf", OLD)),
                Map.of("main.tf", new SourceFile("new/main.tf", NEW),
                        "variables.tf", new SourceFile("new/variables.tf", "variable \"x\" {\n  type = string\n}\n")));
    }
}
