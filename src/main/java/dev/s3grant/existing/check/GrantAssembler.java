package dev.s3grant.existing.check;

import dev.s3grant.analysis.access.NamedPolicy;
import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.Condition;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.LiteralText;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Statement;
import dev.s3grant.policy.WriterActions;
import dev.s3grant.terraform.DesignVariableValues;
import dev.s3grant.terraform.TerraformNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the sides together into one {@link ExistingGrant}: resolves the values (the bucket owner's
 * account first, then each role's account from the bucket policy that names it), and takes what is
 * meant to be allowed from the design when there is one, otherwise from what the files say: every
 * role the writer's files declare and every role the bucket policy names is meant to write, under
 * the prefixes the bucket policy grants.
 */
final class GrantAssembler {

    static final String OWNER_STAND_IN = ExistingGrant.OWNER_ACCOUNT;
    static final String WRITER_STAND_IN = ExistingGrant.WRITER_ACCOUNT;
    static final String KEY_STAND_IN = "1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final Pattern ROLE_ARN = Pattern.compile("^arn:([a-z0-9-]+):iam::(\\d{12}):role/(?:.*/)?([^/]+)$");
    private static final Pattern ACCOUNT = Pattern.compile("^(?:arn:[a-z0-9-]+:iam::)?(\\d{12})(?::root)?$");
    private static final Pattern REGIONAL_ARN = Pattern.compile("arn:[a-z0-9-]+:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\\d+):");
    private static final Pattern PARTITION = Pattern.compile("arn:(aws(?:-cn|-us-gov)?):(?:s3|iam|kms):");
    private static final Pattern S3_OBJECTS = Pattern.compile("^arn:[a-z0-9-]+:s3:::([^/]+)/(.*)$");

    private GrantAssembler() {
    }

    static ExistingGrant assemble(List<ExistingSide> sides, Optional<Design> design) {
        String partition = design.map(d -> d.partition().id()).orElseGet(() -> partitionOf(sides));
        String region = design.map(Design::region).orElseGet(() -> regionOf(sides));
        Values values = new Values(sides, design.map(DesignVariableValues::of).orElse(Map.of()), partition, region);
        List<String> unread = new ArrayList<>();
        sides.forEach(s -> unread.addAll(s.unread()));

        Optional<ExistingSide> bucketSide = sides.stream().filter(s -> s.bucket().isPresent()).findFirst();
        Optional<ExistingBucket> bucket = bucketSide.flatMap(ExistingSide::bucket);
        String owner = design.map(d -> d.bucketOwner().accountId()).orElseGet(() -> ownerFromFiles(sides, values));
        String bucketName = bucket.map(b -> values.resolve(b.name(), owner)).orElse("");
        Optional<NamedPolicy> bucketPolicy = bucket.flatMap(ExistingBucket::policy)
                .map(p -> new NamedPolicy(p.name(), values.resolve(p.document(), owner)));
        if (bucketName.isEmpty() || bucketName.contains("${")) {
            bucketName = design.map(d -> d.bucket().name())
                    .orElseGet(() -> bucketPolicy.flatMap(GrantAssembler::bucketOf).orElse(""));
        }
        String name = bucketName;
        bucket.filter(b -> !b.address().isEmpty()).ifPresent(b -> {
            values.define(b.address() + ".id", name);
            values.define(b.address() + ".bucket", name);
            values.define(b.address() + ".arn", "arn:" + partition + ":s3:::" + name);
        });
        Optional<NamedPolicy> resolvedBucketPolicy = bucket.flatMap(ExistingBucket::policy)
                .map(p -> new NamedPolicy(p.name(), values.resolve(p.document(), owner)));

        String rawKey = bucket.map(ExistingBucket::kmsKey).orElse("");
        Matcher keyReference = Pattern.compile("^\\$\\{(aws_kms_key\\.[A-Za-z0-9_-]+)\\.(arn|id|key_id)}$").matcher(rawKey);
        String keyRegion = region.isEmpty() ? "us-east-1" : region;
        Optional<ReadPolicy> keyPolicy = Optional.empty();
        List<String> keyAliases = List.of();
        String keyArn = rawKey;
        if (keyReference.matches()) {
            String address = keyReference.group(1);
            keyAliases = sides.stream().flatMap(s -> s.aliases().getOrDefault(address, List.of()).stream())
                    .map(a -> values.resolve(a, owner)).sorted().toList();
            keyArn = "arn:" + partition + ":kms:" + keyRegion + ":" + owner + ":key/" + KEY_STAND_IN;
            for (String attribute : List.of(".arn", ".id", ".key_id")) {
                values.define(address + attribute, keyArn);
            }
            keyPolicy = sides.stream().map(s -> s.keys().get(address)).filter(java.util.Objects::nonNull).findFirst();
        } else {
            keyArn = values.resolve(rawKey, owner);
        }
        List<ReadPolicy> allKeys = sides.stream().flatMap(s -> s.keys().values().stream()).toList();
        if (keyPolicy.isEmpty() && allKeys.size() == 1) {
            keyPolicy = Optional.of(allKeys.get(0));
        }
        if (keyArn.isEmpty() && design.isPresent()) {
            keyArn = design.get().bucket().encryption().kmsKeyArn();
        }
        if (keyAliases.isEmpty() && (!rawKey.isEmpty() || keyPolicy.isPresent())) {
            keyAliases = keyAliases(design, sides, values);
        }
        if (keyArn.isEmpty() && keyPolicy.isPresent()) {
            keyArn = "arn:" + partition + ":kms:" + keyRegion + ":" + owner + ":key/" + KEY_STAND_IN;
        }
        Optional<NamedPolicy> resolvedKey = keyPolicy.map(p -> new NamedPolicy(p.name(), values.resolve(p.document(), owner)));
        boolean bucketKey = bucket.map(ExistingBucket::bucketKey).orElse(false)
                || design.map(d -> d.bucket().encryption().bucketKey() && !rawKey.isEmpty()).orElse(false);

        List<WriterRole> writers = writers(sides, design, resolvedBucketPolicy, owner, values);
        List<String> prefixes = design.map(d -> d.bucket().keyPrefixes().stream().distinct().sorted().toList())
                .map(p -> p.isEmpty() ? List.of("") : p)
                .orElseGet(() -> prefixes(resolvedBucketPolicy, writers, name));
        boolean acl = design.map(WriterActions::aclRequired).orElseGet(() -> bucket.map(b -> !b.aclsDisabled()).orElse(false));
        String org = design.map(Design::organizationId).orElseGet(() -> organization(resolvedBucketPolicy, writers));
        return new ExistingGrant(name, bucketSide.map(ExistingSide::label).orElse(""), owner, resolvedBucketPolicy, acl,
                keyArn, bucketKey, resolvedKey, keyAliases, writers, prefixes, org, region.isEmpty() ? keyRegion : region, partition,
                values.standIns(), unread);
    }

    /**
     * Without a design, the Region of the first regional ARN the files write literally (a trust
     * policy's {@code aws:SourceArn}, a key ARN), so that the services' probes come from it; empty
     * (a stand-in later) when there is none.
     */
    private static String regionOf(List<ExistingSide> sides) {
        List<PolicyDocument> documents = new ArrayList<>();
        for (ExistingSide side : sides) {
            side.bucket().flatMap(ExistingBucket::policy).ifPresent(p -> documents.add(p.document()));
            side.roles().forEach(r -> {
                documents.add(r.trust());
                r.policies().forEach(p -> documents.add(p.document()));
            });
            side.keys().values().forEach(p -> documents.add(p.document()));
        }
        for (PolicyDocument document : documents) {
            Matcher m = REGIONAL_ARN.matcher(dev.s3grant.policy.PolicyJson.writeMinified(document));
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }

    /**
     * Without a design, the partition of the first ARN the files write literally (a bucket in China is
     * {@code aws-cn}); {@code aws} when there is none.
     */
    private static String partitionOf(List<ExistingSide> sides) {
        for (ExistingSide side : sides) {
            List<PolicyDocument> documents = new ArrayList<>();
            side.bucket().flatMap(ExistingBucket::policy).ifPresent(p -> documents.add(p.document()));
            side.roles().forEach(r -> r.policies().forEach(p -> documents.add(p.document())));
            for (PolicyDocument document : documents) {
                Matcher m = PARTITION.matcher(dev.s3grant.policy.PolicyJson.writeMinified(document));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return "aws";
    }

    /**
     * The aliases of a key the files do not name by alias (policy JSON files: an alias is a resource of its own):
     * the one the design gives a key it creates, else the ones the role policies ask for in
     * {@code kms:ResourceAliases}, as a stand-in the report lists.
     */
    private static List<String> keyAliases(Optional<Design> design, List<ExistingSide> sides, Values values) {
        if (design.isPresent()) {
            Design d = design.get();
            return TerraformNames.managesKey(d) ? List.of(TerraformNames.keyAlias(d)) : List.of();
        }
        List<String> asked = sides.stream().flatMap(s -> s.roles().stream()).flatMap(r -> r.policies().stream())
                .flatMap(p -> conditionValues(p.document(), "kms:ResourceAliases").stream())
                .filter(a -> a.startsWith("alias/") && !a.contains("${")).distinct().sorted().toList();
        if (!asked.isEmpty()) {
            values.recordStandIn(ExistingGrant.KEY_ALIASES, String.join(", ", asked));
        }
        return asked;
    }

    /** The owner's account: the {@code aws:ResourceAccount} the role policies pin, or a stand-in. */
    private static String ownerFromFiles(List<ExistingSide> sides, Values values) {
        for (ExistingSide side : sides) {
            for (ExistingRole role : side.roles()) {
                for (ReadPolicy policy : role.policies()) {
                    for (String value : conditionValues(policy.document(), "aws:ResourceAccount")) {
                        String resolved = values.resolve(value, "");
                        if (resolved.matches("\\d{12}")) {
                            return resolved;
                        }
                    }
                }
            }
        }
        return values.standInAccount(OWNER_STAND_IN);
    }

    private static List<WriterRole> writers(List<ExistingSide> sides, Optional<Design> design, Optional<NamedPolicy> bucketPolicy,
                                            String owner, Values values) {
        List<String> named = bucketPolicy.map(p -> namedRoles(p.document())).orElse(List.of());
        List<String> accounts = bucketPolicy.map(p -> namedAccounts(p.document(), owner)).orElse(List.of());
        List<DeclaredRole> declared = new ArrayList<>();
        for (ExistingSide side : sides) {
            for (ExistingRole role : side.roles()) {
                String name = values.resolve(role.name(), "");
                String account = side.account().or(role::account).or(() -> namedAccount(named, name, sourceAccount(role, values)))
                        .or(() -> design.flatMap(d -> d.writers().stream().filter(w -> w.roleName().equals(name))
                                .map(Writer::accountId).findFirst()))
                        .or(() -> sourceAccount(role, values))
                        .or(() -> accounts.stream().findFirst())
                        .orElseGet(() -> values.standInAccount(WRITER_STAND_IN));
                String path = role.path().isEmpty() ? "/" : role.path();
                String arn = "arn:" + values.partition() + ":iam::" + account + ":role" + path + name;
                for (String attribute : List.of(".name", ".id")) {
                    values.define(role.address() + attribute, name);
                }
                values.define(role.address() + ".arn", arn);
                declared.add(new DeclaredRole(role, side.label(), name, account, arn));
            }
        }
        List<WriterRole> writers = new ArrayList<>();
        if (design.isPresent()) {
            // several writers may use one role name in their own accounts: each takes the next role of that name
            List<DeclaredRole> unused = new ArrayList<>(declared);
            for (Writer w : design.get().writers()) {
                String arn = Arns.role(design.get(), w);
                Optional<DeclaredRole> match = unused.stream().filter(d -> d.name.equals(w.roleName()))
                        .min(java.util.Comparator.comparing((DeclaredRole d) -> !d.account.equals(w.accountId())));
                match.ifPresent(unused::remove);
                writers.add(match.map(d -> d.resolve(values, arn, w.accountId()))
                        .orElseGet(() -> undeclared(arn, w.roleName(), w.accountId())));
            }
            return writers;
        }
        List<DeclaredRole> relevant = declared.stream()
                .filter(d -> named.stream().anyMatch(n -> n.endsWith("/" + d.name)) || writesToS3(d.role)).toList();
        for (DeclaredRole d : relevant.isEmpty() ? declared : relevant) {
            writers.add(d.resolve(values, d.arn, d.account));
        }
        for (String arn : named) {
            Matcher m = ROLE_ARN.matcher(arn);
            if (m.matches() && writers.stream().noneMatch(w -> w.roleArn().equals(arn))
                    && writers.stream().noneMatch(w -> w.name().equals(m.group(3)) && w.account().equals(m.group(2)))) {
                writers.add(undeclared(arn, m.group(3), m.group(2)));
            }
        }
        return writers;
    }

    /**
     * The account of a role the bucket policy names by {@code name}: where it names roles of that name in several
     * accounts, the one the role's trust policy names in {@code aws:SourceAccount}, else the first.
     */
    private static Optional<String> namedAccount(List<String> named, String name, Optional<String> sourceAccount) {
        List<String> accounts = named.stream().map(ROLE_ARN::matcher).filter(Matcher::matches)
                .filter(m -> m.group(3).equals(name)).map(m -> m.group(2)).toList();
        return sourceAccount.filter(accounts::contains).or(() -> accounts.stream().findFirst());
    }

    /**
     * The account the role's trust policy names in {@code aws:SourceAccount}: the role's own, where a statement of the
     * bucket policy names every writer's role alike (the shared-role style) and so not this role's account.
     */
    private static Optional<String> sourceAccount(ExistingRole role, Values values) {
        return conditionValues(values.resolve(role.trust(), ""), "aws:SourceAccount").stream()
                .filter(a -> a.matches("\\d{12}")).findFirst();
    }

    private static WriterRole undeclared(String arn, String name, String account) {
        return new WriterRole(arn, name, account, Optional.empty(), List.of(), "", "");
    }

    private static boolean writesToS3(ExistingRole role) {
        return role.policies().stream().flatMap(p -> p.document().statements().stream())
                .flatMap(s -> s.actions().stream()).anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).startsWith("s3:"));
    }

    /** Role ARNs the bucket policy's Allow statements name: in Principal, or in an aws:PrincipalArn condition. */
    static List<String> namedRoles(PolicyDocument document) {
        Set<String> roles = new LinkedHashSet<>();
        for (Statement s : document.statements()) {
            if (s.effect() != Effect.Allow) {
                continue;
            }
            if (s.principal() != null) {
                s.principal().aws().stream().filter(a -> ROLE_ARN.matcher(a).matches()).forEach(roles::add);
            }
            s.conditions().stream().filter(c -> c.key().equalsIgnoreCase("aws:PrincipalArn"))
                    .flatMap(c -> c.values().stream())
                    .filter(v -> ROLE_ARN.matcher(v).matches() && !v.contains("*") && !v.contains("?"))
                    .forEach(roles::add);
        }
        return List.copyOf(roles);
    }

    /** Accounts other than the owner's that the bucket policy's Allow statements name as principals. */
    private static List<String> namedAccounts(PolicyDocument document, String owner) {
        Set<String> accounts = new LinkedHashSet<>();
        for (Statement s : document.statements()) {
            if (s.effect() == Effect.Allow && s.principal() != null) {
                for (String a : s.principal().aws()) {
                    Matcher root = ACCOUNT.matcher(a);
                    Matcher role = ROLE_ARN.matcher(a);
                    if (root.matches() && !root.group(1).equals(owner)) {
                        accounts.add(root.group(1));
                    } else if (role.matches() && !role.group(2).equals(owner)) {
                        accounts.add(role.group(2));
                    }
                }
            }
        }
        return List.copyOf(accounts);
    }

    private static Optional<String> bucketOf(NamedPolicy policy) {
        return policy.document().statements().stream().flatMap(s -> s.resources().stream())
                .map(r -> r.replaceFirst("^arn:[a-z0-9-]+:s3:::", "")).filter(r -> !r.startsWith("arn:"))
                .map(r -> r.contains("/") ? r.substring(0, r.indexOf('/')) : r).findFirst();
    }

    /** The prefixes of the object ARNs that grant s3:PutObject: the bucket policy's, or else the role policies'. */
    static List<String> prefixes(Optional<NamedPolicy> bucketPolicy, List<WriterRole> writers, String bucket) {
        Set<String> prefixes = new TreeSet<>();
        // a service's own grant (server access logs, say) is not one of the writer roles'
        bucketPolicy.ifPresent(p -> addPrefixes(PolicyDocument.of(p.document().statements().stream()
                .filter(s -> s.principal() == null || s.principal().wildcard() || !s.principal().aws().isEmpty()).toList()),
                bucket, prefixes));
        if (prefixes.isEmpty()) {
            writers.forEach(w -> w.policies().forEach(p -> addPrefixes(p.document(), bucket, prefixes)));
        }
        return prefixes.isEmpty() ? List.of("") : List.copyOf(prefixes);
    }

    static void addPrefixes(PolicyDocument document, String bucket, Set<String> into) {
        for (Statement s : document.statements()) {
            if (s.effect() == Effect.Allow && grantsPut(s)) {
                for (String resource : s.resources()) {
                    Matcher m = S3_OBJECTS.matcher(resource);
                    if (m.matches() && (bucket.isEmpty() || m.group(1).equals(bucket))) {
                        String rest = m.group(2);
                        String prefix = rest.endsWith("*") ? rest.substring(0, rest.length() - 1) : rest;
                        into.add(LiteralText.unescape(prefix));
                    }
                }
            }
        }
    }

    private static boolean grantsPut(Statement s) {
        return s.actions().stream().map(a -> a.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(a -> a.equals("s3:putobject") || a.equals("s3:*") || a.equals("*") || a.equals("s3:put*"));
    }

    private static String organization(Optional<NamedPolicy> bucketPolicy, List<WriterRole> writers) {
        List<PolicyDocument> documents = new ArrayList<>();
        bucketPolicy.ifPresent(p -> documents.add(p.document()));
        writers.forEach(w -> w.policies().forEach(p -> documents.add(p.document())));
        for (PolicyDocument d : documents) {
            // a guard in an Allow names the writers' own organization; a Deny may name any other
            PolicyDocument allows = PolicyDocument.of(d.statements().stream().filter(s -> s.effect() == Effect.Allow).toList());
            for (String key : List.of("aws:PrincipalOrgID", "aws:ResourceOrgID")) {
                List<String> found = conditionValues(allows, key);
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
        }
        return "";
    }

    static List<String> conditionValues(PolicyDocument document, String key) {
        return document.statements().stream().flatMap(s -> s.conditions().stream())
                .filter(c -> c.key().equalsIgnoreCase(key)).flatMap(c -> c.values().stream()).toList();
    }

    /** A role the files declare, with its name and account resolved. */
    private record DeclaredRole(ExistingRole role, String side, String name, String account, String arn) {

        WriterRole resolve(Values values, String roleArn, String roleAccount) {
            NamedPolicy trust = new NamedPolicy(role.file() + "#" + role.address() + ".assume_role_policy",
                    values.resolve(role.trust(), roleAccount));
            List<NamedPolicy> policies = role.policies().stream()
                    .map(p -> new NamedPolicy(p.name(), values.resolve(p.document(), roleAccount))).toList();
            return new WriterRole(roleArn, name, roleAccount, Optional.of(trust), policies, role.file(), side);
        }
    }

    static boolean hasCondition(Statement s, String key) {
        return s.conditions().stream().map(Condition::key).anyMatch(k -> k.equalsIgnoreCase(key));
    }
}
