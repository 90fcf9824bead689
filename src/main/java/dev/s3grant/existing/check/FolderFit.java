package dev.s3grant.existing.check;

import dev.s3grant.analysis.access.NamedPolicy;
import dev.s3grant.model.Message;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the two accounts' files are kept in separate folders: whether they fit together (the bucket
 * policy names roles the writer's files define, the prefixes and the key ARN agree), and the order in
 * which to apply them. A role ARN in the bucket policy's {@code Principal} must exist when the policy
 * is saved (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html),
 * so then the writers' folders go first; otherwise any order works.
 */
final class FolderFit {

    private static final Pattern ROLE_ARN = Pattern.compile("^arn:[a-z0-9-]+:iam::(\\d{12}):role/(?:.*/)?([^/]+)$");

    private FolderFit() {
    }

    /** The ways the folders do not fit together; empty when they do. */
    static List<Message> problems(ExistingGrant grant) {
        List<Message> problems = new ArrayList<>();
        grant.bucketPolicy().ifPresent(policy -> {
            for (String arn : GrantAssembler.namedRoles(policy.document())) {
                Matcher m = ROLE_ARN.matcher(arn);
                boolean defined = m.matches() && grant.writers().stream()
                        .anyMatch(w -> w.declared() && w.account().equals(m.group(1)) && w.name().equals(m.group(2)));
                if (!defined) {
                    problems.add(Message.of("existing.check.fit.roleNotDefined", arn, grant.bucketSide()));
                }
            }
        });
        Set<String> bucketPrefixes = new TreeSet<>();
        grant.bucketPolicy().ifPresent(p -> GrantAssembler.addPrefixes(p.document(), grant.bucketName(), bucketPrefixes));
        for (WriterRole writer : grant.writers()) {
            if (!writer.declared()) {
                continue;
            }
            Set<String> rolePrefixes = new TreeSet<>();
            writer.policies().forEach(p -> GrantAssembler.addPrefixes(p.document(), grant.bucketName(), rolePrefixes));
            if (!bucketPrefixes.isEmpty() && !rolePrefixes.isEmpty() && !rolePrefixes.equals(bucketPrefixes)) {
                problems.add(Message.of("existing.check.fit.prefixesDiffer", writer.name(), shown(rolePrefixes), shown(bucketPrefixes)));
            }
            if (!grant.kmsKeyArn().isEmpty()) {
                List<String> keys = kmsResources(writer.policies());
                if (!keys.isEmpty() && !keys.contains(grant.kmsKeyArn()) && !keys.contains("*")) {
                    problems.add(Message.of("existing.check.fit.keyDiffers", writer.name(), String.join(", ", keys), grant.kmsKeyArn()));
                }
            }
        }
        return List.copyOf(problems);
    }

    /** The apply order: the writers' folders first when the bucket policy names a role ARN as Principal. */
    static Message applyOrder(ExistingGrant grant) {
        boolean roleInPrincipal = grant.bucketPolicy().map(p -> p.document().statements().stream()
                .filter(s -> s.effect() == Effect.Allow && s.principal() != null)
                .flatMap(s -> s.principal().aws().stream()).anyMatch(a -> ROLE_ARN.matcher(a).matches())).orElse(false);
        List<String> writerSides = grant.writers().stream().map(WriterRole::side)
                .filter(s -> !s.isEmpty() && !s.equals(grant.bucketSide())).distinct().toList();
        if (roleInPrincipal && !writerSides.isEmpty()) {
            return Message.of("existing.check.applyOrder.writersFirst", String.join(", ", writerSides), grant.bucketSide());
        }
        return Message.of("existing.check.applyOrder.any");
    }

    private static List<String> kmsResources(List<NamedPolicy> policies) {
        Set<String> keys = new TreeSet<>();
        for (NamedPolicy p : policies) {
            for (Statement s : p.document().statements()) {
                if (s.effect() == Effect.Allow && s.actions().stream().anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).startsWith("kms:"))) {
                    keys.addAll(s.resources());
                }
            }
        }
        return List.copyOf(keys);
    }

    private static String shown(Set<String> prefixes) {
        return String.join(", ", prefixes.stream().map(p -> p.isEmpty() ? "*" : p + "*").toList());
    }
}
