package dev.s3grant.diff;

import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclFile;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every IAM policy document one {@code .tf} file holds, in the file's order: each
 * {@code data "aws_iam_policy_document"} block, and each policy attribute of a resource
 * ({@code policy}, {@code assume_role_policy}) written as {@code jsonencode}, a heredoc or a
 * quoted JSON string. An attribute that refers to a policy-document block of the file is not
 * listed twice: the block is, under the resource's address. What cannot be read without evaluation
 * ({@code dynamic}, merged documents, a variable) is listed with no document.
 */
public final class TerraformPolicies {

    private static final Set<String> POLICY_ATTRIBUTES = Set.of("policy", "assume_role_policy");

    /**
     * One policy found in the file.
     *
     * @param address      the block's address ({@code aws_s3_bucket_policy.main}, {@code data.aws_iam_policy_document.put})
     * @param resourceType the type of the resource that holds the policy ({@code aws_s3_bucket_policy}), or the
     *                     data source's type when no resource of the file refers to it
     * @param attribute    the attribute that holds it ({@code policy}), empty for a data block read on its own
     * @param line         the line the policy starts on, from 1
     * @param document     the policy, when it can be read without evaluation
     */
    public record Found(String address, String resourceType, String attribute, int line,
                        Optional<PolicyDocument> document) {
    }

    private TerraformPolicies() {
    }

    /** The policies of one file's text; syntax errors leave out what they break. */
    public static List<Found> in(String text) {
        HclFile file = HclParser.parse(text);
        Map<String, HclBlock> documents = new LinkedHashMap<>();
        for (HclBlock block : file.body().blocks()) {
            if (PolicyDocumentBlocks.isPolicyDocument(block)) {
                documents.putIfAbsent(block.labels().get(1), block);
            }
        }
        PolicyReader reader = new PolicyReader(documents);
        List<Found> found = new ArrayList<>();
        Set<String> referenced = new java.util.HashSet<>();
        for (HclBlock block : file.body().blocks()) {
            if (!block.type().equals("resource") || block.labels().size() != 2) {
                continue;
            }
            for (HclAttribute attribute : block.body().attributes()) {
                if (!POLICY_ATTRIBUTES.contains(attribute.name())) {
                    continue;
                }
                PolicyReader.referencedDocument(attribute.expression().value()).ifPresent(referenced::add);
                found.add(new Found(block.labels().get(0) + "." + block.labels().get(1), block.labels().get(0),
                        attribute.name(), attribute.range().startLine(), reader.read(attribute.expression().value())));
            }
        }
        for (Map.Entry<String, HclBlock> document : documents.entrySet()) {
            if (!referenced.contains(document.getKey())) {
                HclBlock block = document.getValue();
                found.add(new Found("data." + PolicyDocumentBlocks.TYPE + "." + document.getKey(), PolicyDocumentBlocks.TYPE,
                        "", block.range().startLine(), reader.document(document.getKey())));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::line));
        return List.copyOf(found);
    }
}
