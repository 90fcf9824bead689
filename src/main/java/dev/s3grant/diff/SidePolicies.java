package dev.s3grant.diff;

import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclBody;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every policy one side of a comparison states, by where it is attached ({@code
 * resource.aws_s3_bucket_policy.main.policy}, or a JSON file's path), and the places whose policy
 * cannot be known exactly: a policy attribute that reads as no policy, a policy-document block
 * with a {@code dynamic} block or merged source documents, a Terraform reference inside a value.
 */
public record SidePolicies(Map<String, PolicyDocument> documents, Set<String> unknown) {

    private static final Set<String> POLICY_ATTRIBUTES = Set.of("policy", "assume_role_policy");
    private static final Set<String> MERGING = Set.of("source_policy_documents", "override_policy_documents",
            "source_json", "override_json");
    /** A Terraform reference left in a value; IAM policy variables ({@code ${aws:username}}) have a colon. */
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{[^:}]*}");

    public SidePolicies {
        documents = java.util.Collections.unmodifiableMap(new TreeMap<>(documents));
        unknown = java.util.Collections.unmodifiableSet(new TreeSet<>(unknown));
    }

    public static SidePolicies of(Map<String, SourceFile> files) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, PolicyDocument> documents = new LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>();
        files.forEach((path, file) -> {
            if (PolicyFileDiffer.isPolicyFile(path)) {
                try {
                    documents.put(path, PolicyJson.parse(file.text()));
                } catch (RuntimeException e) {
                    unknown.add(path);
                }
            } else {
                texts.put(path, file.text());
            }
        });
        SideContext side = new SideContext(texts);
        side.allBlocks().values().forEach(blocks -> blocks.values().forEach(block -> {
            if (!PolicyDocumentBlocks.isPolicyDocument(block.block())) {
                collect(block.block().body(), block.address() + ".", side, documents, unknown);
            }
        }));
        return new SidePolicies(documents, unknown);
    }

    /** Whether a policy's text holds a Terraform reference whose value is not known here. */
    public static boolean hasReference(PolicyDocument policy) {
        return REFERENCE.matcher(PolicyJson.write(policy)).find();
    }

    private static void collect(HclBody body, String prefix, SideContext side,
                                Map<String, PolicyDocument> documents, Set<String> unknown) {
        for (HclAttribute attribute : body.attributes()) {
            String where = prefix + attribute.name();
            Optional<String> referenced = PolicyReader.referencedDocument(attribute.expression().value());
            Optional<PolicyDocument> policy = side.policies().read(attribute.expression().value());
            if (referenced.isPresent() && undecidable(side, referenced.get())) {
                unknown.add(where);
            }
            if (policy.isPresent()) {
                documents.put(where, policy.get());
            } else if (POLICY_ATTRIBUTES.contains(attribute.name())) {
                unknown.add(where);
            }
        }
        for (HclBlock nested : body.blocks()) {
            if (nested.type().equals("dynamic")) {
                unknown.add(prefix + nested.type());
            } else {
                collect(nested.body(), prefix + nested.type() + ".", side, documents, unknown);
            }
        }
    }

    private static boolean undecidable(SideContext side, String documentName) {
        for (Map<String, AddressedBlock> blocks : side.allBlocks().values()) {
            for (AddressedBlock block : blocks.values()) {
                HclBlock b = block.block();
                if (PolicyDocumentBlocks.isPolicyDocument(b) && b.labels().get(1).equals(documentName)) {
                    return hasDynamic(b.body()) || b.body().attributes().stream().anyMatch(a -> MERGING.contains(a.name()));
                }
            }
        }
        return false;
    }

    private static boolean hasDynamic(HclBody body) {
        return body.blocks().stream().anyMatch(b -> b.type().equals("dynamic") || hasDynamic(b.body()));
    }
}
