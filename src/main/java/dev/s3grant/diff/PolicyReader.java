package dev.s3grant.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclFunctionCall;
import dev.s3grant.hcl.HclObject;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.hcl.HclString;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.hcl.TemplatePart;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the policy an attribute value holds, written any of the three ways: a {@code jsonencode}
 * object, a reference to a {@code data "aws_iam_policy_document"} block's {@code json} (looked up
 * among all files of the same side, as Terraform does in a module), or a heredoc or quoted JSON
 * string. Values that cannot be known stay as <code>${...}</code> text. A value that is none of
 * these, or that is not a policy document, gives nothing.
 */
final class PolicyReader {

    private static final Pattern DOCUMENT_REFERENCE =
            Pattern.compile("data\\." + PolicyDocumentBlocks.TYPE + "\\.([A-Za-z0-9_-]+)(\\[[^\\]]*\\])?\\.(json|minified_json)");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, HclBlock> documentBlocks;
    private final Map<String, Optional<PolicyDocument>> documents = new HashMap<>();

    /** @param documentBlocks the side's policy-document data blocks by name (the second label) */
    PolicyReader(Map<String, HclBlock> documentBlocks) {
        this.documentBlocks = Map.copyOf(documentBlocks);
    }

    /**
     * The name of the policy-document data block a value refers to, as in
     * {@code data.aws_iam_policy_document.NAME.json} or {@code data.aws_iam_policy_document.NAME[0].json}.
     */
    static Optional<String> referencedDocument(HclValue value) {
        if (value instanceof HclReference reference) {
            Matcher m = DOCUMENT_REFERENCE.matcher(reference.traversal());
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    Optional<PolicyDocument> read(HclValue value) {
        Optional<String> document = referencedDocument(value);
        if (document.isPresent()) {
            return document(document.get());
        }
        if (value instanceof HclFunctionCall call && call.name().equals("jsonencode") && call.arguments().size() == 1
                && call.arguments().get(0) instanceof HclObject object) {
            return fromTree(HclJson.of(object));
        }
        if (value instanceof HclString string && string.parts().stream().noneMatch(TemplatePart.Directive.class::isInstance)) {
            String text = ValueText.template(string).strip();
            if (!text.startsWith("{")) {
                return Optional.empty();
            }
            try {
                return fromTree(MAPPER.readTree(text));
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The policy a policy-document data block of this side renders. */
    Optional<PolicyDocument> document(String name) {
        return documents.computeIfAbsent(name, n -> {
            HclBlock block = documentBlocks.get(n);
            return block == null ? Optional.empty() : PolicyDocumentBlocks.read(block);
        });
    }

    private static Optional<PolicyDocument> fromTree(JsonNode tree) {
        if (tree == null || !tree.isObject() || !tree.has("Statement")) {
            return Optional.empty();
        }
        try {
            return Optional.of(PolicyJson.fromTree(tree));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
