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

/**
 * Every policy one side of a comparison states, by where it is attached ({@code
 * resource.aws_s3_bucket_policy.main.policy}, or a JSON file's path), and the places whose policy
 * cannot be known exactly: a policy attribute that reads as no policy, a policy-document block
 * with a {@code dynamic} block or merged source documents, each with the source text it comes from,
 * so that an unknown part left as it was can be told from one that changed.
 */
public record SidePolicies(Map<String, PolicyDocument> documents, Map<String, String> unknown) {

    private static final Set<String> POLICY_ATTRIBUTES = Set.of("policy", "assume_role_policy");
    private static final Set<String> MERGING = Set.of("source_policy_documents", "override_policy_documents",
            "source_json", "override_json");
    public SidePolicies {
        documents = java.util.Collections.unmodifiableMap(new TreeMap<>(documents));
        unknown = java.util.Collections.unmodifiableMap(new TreeMap<>(unknown));
    }

    public static SidePolicies of(Map<String, SourceFile> files) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, PolicyDocument> documents = new LinkedHashMap<>();
        Map<String, String> unknown = new TreeMap<>();
        files.forEach((path, file) -> {
            if (PolicyFileDiffer.isPolicyFile(path)) {
                try {
                    documents.put(path, PolicyJson.parse(file.text()));
                } catch (RuntimeException e) {
                    unknown.put(path, file.text());
                }
            } else {
                texts.put(path, file.text());
            }
        });
        SideContext side = new SideContext(texts);
        side.allBlocks().values().forEach(blocks -> blocks.values().forEach(block -> {
            if (!PolicyDocumentBlocks.isPolicyDocument(block.block())) {
                collect(block.block().body(), block.address() + ".", side, documents, unknown, block.text());
            }
        }));
        return new SidePolicies(documents, unknown);
    }

    private static void collect(HclBody body, String prefix, SideContext side,
                                Map<String, PolicyDocument> documents, Map<String, String> unknown, String source) {
        for (HclAttribute attribute : body.attributes()) {
            String where = prefix + attribute.name();
            Optional<String> referenced = PolicyReader.referencedDocument(attribute.expression().value());
            Optional<PolicyDocument> policy = side.policies().read(attribute.expression().value());
            if (referenced.isPresent()) {
                undecidable(side, referenced.get()).ifPresent(text -> unknown.put(where, text));
            }
            if (policy.isPresent()) {
                documents.put(where, policy.get());
            } else if (POLICY_ATTRIBUTES.contains(attribute.name())) {
                unknown.put(where, source);
            }
        }
        for (HclBlock nested : body.blocks()) {
            if (nested.type().equals("dynamic")) {
                unknown.put(prefix + nested.type(), source);
            } else {
                collect(nested.body(), prefix + nested.type() + ".", side, documents, unknown, source);
            }
        }
    }

    /** The text of the referenced policy-document block when its policy cannot be known exactly. */
    private static Optional<String> undecidable(SideContext side, String documentName) {
        for (Map<String, AddressedBlock> blocks : side.allBlocks().values()) {
            for (AddressedBlock block : blocks.values()) {
                HclBlock b = block.block();
                if (PolicyDocumentBlocks.isPolicyDocument(b) && b.labels().get(1).equals(documentName)
                        && (hasDynamic(b.body()) || b.body().attributes().stream().anyMatch(a -> MERGING.contains(a.name())))) {
                    return Optional.of(block.text());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasDynamic(HclBody body) {
        return body.blocks().stream().anyMatch(b -> b.type().equals("dynamic") || hasDynamic(b.body()));
    }
}
