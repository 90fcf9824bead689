package dev.s3grant.diff;

import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.policy.PolicyDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policies a module's attribute values hold, for readers outside this package: the same
 * reading the comparison does ({@code jsonencode}, a {@code data "aws_iam_policy_document"}
 * block's {@code json}, or a JSON string), over the given blocks of one module.
 */
public final class TerraformPolicies {

    private final PolicyReader reader;

    /** @param blocks every top-level block of the module; its policy-document data blocks are used */
    public TerraformPolicies(List<HclBlock> blocks) {
        Map<String, HclBlock> documents = new LinkedHashMap<>();
        for (HclBlock block : blocks) {
            if (PolicyDocumentBlocks.isPolicyDocument(block)) {
                documents.putIfAbsent(block.labels().get(1), block);
            }
        }
        this.reader = new PolicyReader(documents);
    }

    /** The policy the value holds, or empty when it holds none that can be read without evaluation. */
    public Optional<PolicyDocument> read(HclValue value) {
        return reader.read(value);
    }

    /** The name of the policy-document data block the value refers to, if it refers to one. */
    public static Optional<String> referencedDocument(HclValue value) {
        return PolicyReader.referencedDocument(value);
    }

    /** True for a {@code data "aws_iam_policy_document"} block. */
    public static boolean isPolicyDocument(HclBlock block) {
        return PolicyDocumentBlocks.isPolicyDocument(block);
    }
}
