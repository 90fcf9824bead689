package dev.s3grant.existing.check;

import dev.s3grant.explain.any.DocumentKinds;
import dev.s3grant.io.InputException;
import dev.s3grant.io.PolicyFiles;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.LiteralText;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Policy JSON files as one side: each file is placed by what it says, as
 * {@link DocumentKinds#fromStatements} tells the kinds apart (a document of no known kind is taken as
 * the bucket policy). An identity-based policy belongs to a role named after its file
 * ({@code ROLE.json}, or {@code ROLE.trust.json} for its trust policy). The files the designer writes
 * itself ({@code ALIAS-role-policy.json} and {@code ALIAS-trust-policy.json}) are one writer's role, which
 * the bucket policy names: by its statement {@code AllowPutFromALIAS} (the role's ARN, its account
 * included), or by the one role name that its shared-role statement allows in every writer account.
 */
final class JsonPolicyFiles {

    private static final Pattern EXPORTED = Pattern.compile("^(.+)-(?:role|trust)-policy$");
    private static final Pattern ROLE_ARN = Pattern.compile("^arn:[a-z0-9-]+:iam::(\\d{12}|\\*):role(/(?:.*/)?)([^/*?]+)$");
    private static final String ANY_ACCOUNT = "*";

    private JsonPolicyFiles() {
    }

    static ExistingSide side(String label, Map<String, String> texts) throws InputException {
        Optional<ReadPolicy> bucketPolicy = Optional.empty();
        Map<String, ReadPolicy> keys = new LinkedHashMap<>();
        Map<String, PolicyDocument> trusts = new LinkedHashMap<>();
        Map<String, List<ReadPolicy>> identity = new LinkedHashMap<>();
        Set<String> exported = new LinkedHashSet<>();
        for (Map.Entry<String, String> file : texts.entrySet()) {
            String name = file.getKey();
            PolicyDocument document = PolicyFiles.jsonDocument(name, file.getValue());
            ReadPolicy read = new ReadPolicy(name, name, document);
            String stem = name.replaceAll("\\.json$", "");
            Matcher designers = EXPORTED.matcher(stem);
            String role = designers.matches() ? designers.group(1) : stem.replaceAll("\\.trust$", "");
            DocumentKind kind = DocumentKinds.fromStatements(document).orElse(DocumentKind.BUCKET_POLICY);
            if (designers.matches() && (kind == DocumentKind.ROLE_POLICY || kind == DocumentKind.TRUST_POLICY)) {
                exported.add(role);
            }
            switch (kind) {
                case ROLE_POLICY -> identity.computeIfAbsent(role, k -> new ArrayList<>()).add(read);
                case TRUST_POLICY -> trusts.put(role, document);
                case KEY_POLICY -> keys.put(name, read);
                case BUCKET_POLICY -> bucketPolicy = Optional.of(read);
            }
        }
        List<Statement> bucketStatements = bucketPolicy.map(p -> p.document().statements()).orElse(List.of());
        List<ExistingRole> roles = new ArrayList<>();
        for (Map.Entry<String, List<ReadPolicy>> role : identity.entrySet()) {
            String key = role.getKey();
            PolicyDocument trust = trusts.getOrDefault(key, PolicyDocument.of(List.of()));
            Optional<Matcher> arn = exported.contains(key) ? namedRole(bucketStatements, key) : Optional.empty();
            roles.add(new ExistingRole(role.getValue().get(0).file(), key, arn.map(m -> m.group(3)).orElse(key),
                    arn.map(m -> m.group(2)).orElse("/"), trust, role.getValue(),
                    arn.map(m -> m.group(1)).filter(a -> !a.equals(ANY_ACCOUNT))));
        }
        Optional<ExistingBucket> bucket = bucketPolicy.map(p -> new ExistingBucket(p.file(), "", "", Optional.of(p), "", "", false));
        return new ExistingSide(label, bucket, roles, keys, Map.of(), Map.of(), Map.of(), List.of());
    }

    /**
     * The role ARN the bucket policy gives the writer {@code alias}: the one its statement {@code AllowPutFrom<alias>}
     * names, else the one role name its Allow statements name in any account (the shared-role style), when there is one.
     */
    private static Optional<Matcher> namedRole(List<Statement> bucketStatements, String alias) {
        List<Matcher> own = bucketStatements.stream().filter(s -> s.sid().equals("AllowPutFrom" + alias))
                .flatMap(s -> roleArns(s).stream()).toList();
        if (!own.isEmpty()) {
            return Optional.of(own.get(0));
        }
        Map<String, Matcher> shared = new LinkedHashMap<>();
        bucketStatements.stream().flatMap(s -> roleArns(s).stream()).filter(m -> m.group(1).equals(ANY_ACCOUNT))
                .forEach(m -> shared.putIfAbsent(m.group(2) + m.group(3), m));
        return shared.size() == 1 ? Optional.of(shared.values().iterator().next()) : Optional.empty();
    }

    /** The role ARNs an Allow statement names, in its principal or its {@code aws:PrincipalArn} condition. */
    private static List<Matcher> roleArns(Statement s) {
        if (s.effect() != Effect.Allow) {
            return List.of();
        }
        List<String> arns = new ArrayList<>();
        if (s.principal() != null) {
            arns.addAll(s.principal().aws());
        }
        s.conditions().stream().filter(c -> c.key().equalsIgnoreCase("aws:PrincipalArn")).forEach(c -> arns.addAll(c.values()));
        return arns.stream().map(LiteralText::unescape).map(ROLE_ARN::matcher).filter(Matcher::matches).toList();
    }
}
