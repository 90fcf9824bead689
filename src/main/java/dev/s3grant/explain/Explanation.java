package dev.s3grant.explain;

import dev.s3grant.model.Message;
import java.util.List;
import java.util.Objects;

/**
 * The explanation of one policy statement or one Terraform resource or data source.
 *
 * @param subject    the Sid, or the Terraform address ({@code aws_s3_bucket.main},
 *                   {@code data.aws_iam_policy_document.bucket_policy})
 * @param document   the file the element lives in ({@code policies/bucket-policy.json}, {@code account_B.tf})
 * @param what       what the element does
 * @param why        why the design has it
 * @param ifRemoved  what breaks, or what opens up, without it
 * @param notes      the design choices behind it, such as an action it deliberately leaves out
 * @param conditions one note per condition of a statement, in the statement's order
 * @param docUrls    official AWS documentation backing the explanation
 */
public record Explanation(String subject, String document, Message what, Message why, Message ifRemoved,
                          List<Message> notes, List<ConditionNote> conditions, List<String> docUrls) {

    public Explanation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(ifRemoved, "ifRemoved");
        notes = List.copyOf(notes);
        conditions = List.copyOf(conditions);
        docUrls = List.copyOf(docUrls);
    }

    /** The documentation links of this explanation and of its conditions, each once. */
    public List<String> links() {
        return java.util.stream.Stream.concat(docUrls.stream(),
                conditions.stream().flatMap(c -> c.docUrls().stream())).distinct().toList();
    }
}
