package dev.s3grant.explain;

import dev.s3grant.model.Message;
import java.util.List;
import java.util.Objects;

/**
 * The explanations of one generated file: a policy document or a Terraform file.
 *
 * @param document     the file, as the designer writes it ({@code policies/A-trust-policy.json}, {@code account_A.tf})
 * @param title        what the file is
 * @param summary      who applies it, and how
 * @param content      the file's text when the explanation shows it (policy JSON), otherwise empty
 * @param explanations one per statement or resource, in the file's order
 */
public record DocumentSection(String document, Message title, Message summary, String content,
                              List<Explanation> explanations) {

    public DocumentSection {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(content, "content");
        explanations = List.copyOf(explanations);
    }
}
