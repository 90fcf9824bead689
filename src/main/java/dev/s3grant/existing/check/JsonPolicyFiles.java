package dev.s3grant.existing.check;

import dev.s3grant.explain.any.DocumentKinds;
import dev.s3grant.io.InputException;
import dev.s3grant.io.PolicyFiles;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Policy JSON files as one side: each file is placed by what it says, as
 * {@link DocumentKinds#fromStatements} tells the kinds apart (a document of no known kind is taken as
 * the bucket policy). An identity-based policy belongs to a role named after its file
 * ({@code ROLE.json}, or {@code ROLE.trust.json} for its trust policy).
 */
final class JsonPolicyFiles {

    private JsonPolicyFiles() {
    }

    static ExistingSide side(String label, Map<String, String> texts) throws InputException {
        Optional<ReadPolicy> bucketPolicy = Optional.empty();
        Map<String, ReadPolicy> keys = new LinkedHashMap<>();
        Map<String, PolicyDocument> trusts = new LinkedHashMap<>();
        Map<String, List<ReadPolicy>> identity = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : texts.entrySet()) {
            String name = file.getKey();
            PolicyDocument document = PolicyFiles.jsonDocument(name, file.getValue());
            ReadPolicy read = new ReadPolicy(name, name, document);
            String stem = name.replaceAll("\\.json$", "");
            DocumentKind kind = DocumentKinds.fromStatements(document).orElse(DocumentKind.BUCKET_POLICY);
            switch (kind) {
                case ROLE_POLICY -> identity.computeIfAbsent(stem, k -> new ArrayList<>()).add(read);
                case TRUST_POLICY -> trusts.put(stem.replaceAll("\\.trust$", ""), document);
                case KEY_POLICY -> keys.put(name, read);
                case BUCKET_POLICY -> bucketPolicy = Optional.of(read);
            }
        }
        List<ExistingRole> roles = new ArrayList<>();
        for (Map.Entry<String, List<ReadPolicy>> role : identity.entrySet()) {
            PolicyDocument trust = trusts.getOrDefault(role.getKey(), PolicyDocument.of(List.of()));
            roles.add(new ExistingRole(role.getValue().get(0).file(), role.getKey(), role.getKey(), "/", trust, role.getValue()));
        }
        Optional<ExistingBucket> bucket = bucketPolicy.map(p -> new ExistingBucket(p.file(), "", "", Optional.of(p), "", "", false));
        return new ExistingSide(label, bucket, roles, keys, Map.of(), Map.of(), Map.of(), List.of());
    }
}
