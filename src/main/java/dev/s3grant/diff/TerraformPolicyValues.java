package dev.s3grant.diff;

import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.policy.PolicyDocument;
import java.util.Map;
import java.util.Optional;

/**
 * The public door to the readers the semantic diff uses, for other layers that read existing
 * Terraform: the policy an attribute holds (written with {@code jsonencode}, as heredoc or quoted
 * JSON, or as a reference to a {@code data "aws_iam_policy_document"} block), and the text of a
 * value with what cannot be known kept as <code>${...}</code>.
 */
public final class TerraformPolicyValues {

    private final PolicyReader reader;

    /** @param documentBlocks the policy-document data blocks of one module, by name (the second label) */
    public TerraformPolicyValues(Map<String, HclBlock> documentBlocks) {
        this.reader = new PolicyReader(documentBlocks);
    }

    /** Whether a block is a {@code data "aws_iam_policy_document"} block. */
    public static boolean isPolicyDocument(HclBlock block) {
        return PolicyDocumentBlocks.isPolicyDocument(block);
    }

    /** The policy the value holds; empty when it is not a policy this reader can read without evaluation. */
    public Optional<PolicyDocument> policy(HclValue value) {
        return reader.read(value);
    }

    /** The value as text: strings with their interpolations as <code>${...}</code>, references as <code>${...}</code>. */
    public static String text(HclValue value) {
        com.fasterxml.jackson.databind.JsonNode node = HclJson.of(value);
        return node.isTextual() ? node.asText() : node.toString();
    }
}
