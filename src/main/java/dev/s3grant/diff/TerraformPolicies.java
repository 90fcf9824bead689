package dev.s3grant.diff;

import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclFile;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one public door to the policy reading the comparison does, for the layers that read existing
 * Terraform (import, check, explain any policy): the policy an attribute value holds
 * ({@code jsonencode}, a heredoc or quoted JSON string, or a reference to a
 * {@code data "aws_iam_policy_document"} block of the module), every policy one file holds, and a
 * value's text with what cannot be known kept as <code>${...}</code>.
 */
public final class TerraformPolicies {

    private static final Set<String> POLICY_ATTRIBUTES = Set.of("policy", "assume_role_policy");

    /**
     * One policy found in a file.
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

    private final Map<String, HclBlock> documents;
    private final PolicyReader reader;

    /** @param blocks every top-level block of the module; its policy-document data blocks are used (the first of a name) */
    public TerraformPolicies(List<HclBlock> blocks) {
        Map<String, HclBlock> found = new LinkedHashMap<>();
        for (HclBlock block : blocks) {
            if (isPolicyDocument(block)) {
                found.putIfAbsent(block.labels().get(1), block);
            }
        }
        this.documents = found;
        this.reader = new PolicyReader(found);
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

    /** The value as text: strings with their interpolations as <code>${...}</code>, references as <code>${...}</code>. */
    public static String text(HclValue value) {
        com.fasterxml.jackson.databind.JsonNode node = HclJson.of(value);
        return node.isTextual() ? node.asText() : node.toString();
    }

    /**
     * Every policy one {@code .tf} file's text holds, in the file's order: each policy attribute of a
     * resource ({@code policy}, {@code assume_role_policy}), and each policy-document data block no
     * resource of the file refers to. What cannot be read without evaluation ({@code dynamic}, merged
     * documents, a variable) is listed with no document; syntax errors leave out what they break.
     */
    public static List<Found> in(String text) {
        HclFile file = HclParser.parse(text);
        TerraformPolicies policies = new TerraformPolicies(file.body().blocks());
        List<Found> found = new ArrayList<>();
        Set<String> referenced = new HashSet<>();
        for (HclBlock block : file.body().blocks()) {
            if (!block.type().equals("resource") || block.labels().size() != 2) {
                continue;
            }
            for (HclAttribute attribute : block.body().attributes()) {
                if (!POLICY_ATTRIBUTES.contains(attribute.name())) {
                    continue;
                }
                referencedDocument(attribute.expression().value()).ifPresent(referenced::add);
                found.add(new Found(block.labels().get(0) + "." + block.labels().get(1), block.labels().get(0),
                        attribute.name(), attribute.range().startLine(), policies.read(attribute.expression().value())));
            }
        }
        for (Map.Entry<String, HclBlock> document : policies.documents.entrySet()) {
            if (!referenced.contains(document.getKey())) {
                HclBlock block = document.getValue();
                found.add(new Found("data." + PolicyDocumentBlocks.TYPE + "." + document.getKey(), PolicyDocumentBlocks.TYPE,
                        "", block.range().startLine(), policies.reader.document(document.getKey())));
            }
        }
        found.sort(Comparator.comparingInt(Found::line));
        return List.copyOf(found);
    }
}
