package dev.s3grant.io;

import dev.s3grant.policy.PolicyDocument;
import java.util.Objects;
import java.util.Optional;

/**
 * One policy document read from a file given to {@code explain --file}.
 *
 * @param file      the file as the user named it
 * @param name      the document inside the file: the Terraform address that holds it, or the file's name
 * @param holder    what holds the document ({@code aws_s3_bucket_policy}, {@code aws_iam_role}, ...), empty
 *                  for a JSON file
 * @param attribute the Terraform attribute that holds it ({@code policy}, {@code assume_role_policy}), or empty
 * @param line      the line it starts on, from 1
 * @param document  the policy, or empty when it cannot be known without evaluating Terraform
 */
public record PolicySource(String file, String name, String holder, String attribute, int line,
                           Optional<PolicyDocument> document) {

    public PolicySource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(document, "document");
    }
}
