package dev.s3grant.existing.check;

import dev.s3grant.io.InputException;
import dev.s3grant.io.InputProblem;
import dev.s3grant.model.Message;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Principal;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Policy JSON files as one side: each file is placed by what it says. A document whose statements
 * name principals is a trust policy when it allows {@code sts:AssumeRole}, a key policy when its
 * actions are {@code kms:} actions, and a bucket policy otherwise; a document without principals is
 * an identity-based policy of a role named after its file ({@code ROLE.json}, or
 * {@code ROLE.trust.json} for its trust policy).
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
            PolicyDocument document;
            try {
                document = ExistingSideReader.json(file.getValue());
            } catch (IllegalArgumentException e) {
                throw new InputException(InputProblem.ofFile(name, Message.of("existing.check.notAPolicy", name)));
            }
            ReadPolicy read = new ReadPolicy(name, name, document);
            String stem = name.replaceAll("\\.json$", "");
            if (!hasPrincipals(document)) {
                identity.computeIfAbsent(stem, k -> new ArrayList<>()).add(read);
            } else if (allows(document, "sts:AssumeRole")) {
                trusts.put(stem.replaceAll("\\.trust$", ""), document);
            } else if (document.statements().stream().flatMap(s -> s.actions().stream()).allMatch(a -> a.startsWith("kms:"))) {
                keys.put(name, read);
            } else {
                bucketPolicy = Optional.of(read);
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

    private static boolean hasPrincipals(PolicyDocument document) {
        return document.statements().stream().anyMatch(s -> s.principal() != null || s.notPrincipal() != null);
    }

    private static boolean allows(PolicyDocument document, String action) {
        for (Statement s : document.statements()) {
            Principal p = s.principal();
            if (p != null && s.actions().stream().anyMatch(a -> a.equalsIgnoreCase(action))) {
                return true;
            }
        }
        return false;
    }
}
