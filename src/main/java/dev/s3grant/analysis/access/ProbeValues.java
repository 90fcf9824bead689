package dev.s3grant.analysis.access;

import dev.s3grant.model.Design;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.BucketKmsKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The made-up values the access matrix probes with: session and object names, an account and an
 * organization that the design does not use, a sample key ARN, and the source ARNs services send.
 */
final class ProbeValues {

    static final String SESSION = "s3grant-check";
    static final String OBJECT = "s3grant-check.txt";
    /** The key ID AWS's documentation uses in its examples. */
    static final String SAMPLE_KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
    /** A second key ID, for a key of the bucket key's own account that is not the bucket's key. */
    static final String OTHER_KEY_ID = "5678abcd-56ab-78cd-90ef-5678901234ab";

    private final Design design;
    private final Set<String> designAccounts = new HashSet<>();
    private final Map<String, Set<String>> roleNamesByAccount = new HashMap<>();
    private final String foreignAccount;
    private final String unlistedAccount;
    /** Computed when first asked: the same for every writer. */
    private Optional<String> keyOutsidePrefixes;

    ProbeValues(Design design) {
        this.design = design;
        designAccounts.add(design.bucketOwner().accountId());
        for (Writer w : design.writers()) {
            designAccounts.add(w.accountId());
            roleNamesByAccount.computeIfAbsent(w.accountId(), k -> new HashSet<>()).add(w.roleName());
        }
        long candidate = 999_999_999_999L;
        while (designAccounts.contains(Long.toString(candidate))) {
            candidate--;
        }
        foreignAccount = Long.toString(candidate);
        candidate--;
        while (designAccounts.contains(Long.toString(candidate))) {
            candidate--;
        }
        unlistedAccount = Long.toString(candidate);
    }

    /** Every account the design names. */
    Set<String> designAccounts() {
        return Collections.unmodifiableSet(designAccounts);
    }

    /** An account the design does not name: 999999999999, or the next one down. */
    String foreignAccount() {
        return foreignAccount;
    }

    /** A second account the design does not name, in the design's organization: 999999999998, or the next one down. */
    String unlistedAccount() {
        return unlistedAccount;
    }

    /** An organization ID other than the design's. */
    String foreignOrganization() {
        return design.organizationId().equals("o-zzzzzzzzzz") ? "o-yyyyyyyyyy" : "o-zzzzzzzzzz";
    }

    /**
     * The {@code aws:PrincipalOrgPaths} of a caller in this organization, when the design names its writers by OU
     * (decision 0052): the design's OU for its own organization (its writers are taken to be in it), the same path
     * under the other organization's ID for {@link #foreignOrganization()}; empty otherwise.
     */
    String orgPathOf(String principalOrg) {
        String path = design.options().writerOrgPath();
        if (!design.options().writersByOrgPath() || principalOrg.isEmpty()) {
            return "";
        }
        int slash = path.indexOf('/');
        return principalOrg.equals(design.organizationId()) ? path
                : principalOrg + (slash < 0 ? "/" + path : path.substring(slash));
    }

    /** The path of an account right under the root of the design's organization: outside the design's OU. */
    String outsideOrgPath() {
        String path = design.options().writerOrgPath();
        int second = path.indexOf('/', path.indexOf('/') + 1);
        return second < 0 ? design.organizationId() + "/" : path.substring(0, second + 1);
    }

    /** The path of an OU under the design's OU that the design does not name: {@code …/ou-ROOT-s3gcheck/}. */
    String childOrgPath() {
        String path = design.options().writerOrgPath();
        String[] parts = path.split("/");
        String root = parts.length > 1 && parts[1].startsWith("r-") ? parts[1].substring(2) : "root";
        return path + "ou-" + root + "-s3gcheck/";
    }

    /** The object key of a probe under a prefix ({@code ""} for the whole bucket). */
    static String objectKey(String prefix) {
        return prefix + OBJECT;
    }

    String objectArn(String key) {
        return Arns.bucket(design) + "/" + key;
    }

    /**
     * A key no prefix covers, or empty when there are no prefixes, or when one is empty (then no key
     * is outside). A {@code *} or {@code ?} in a prefix is the character itself: the policies escape it.
     */
    Optional<String> keyOutsidePrefixes() {
        if (keyOutsidePrefixes == null) {
            keyOutsidePrefixes = findKeyOutsidePrefixes();
        }
        return keyOutsidePrefixes;
    }

    private Optional<String> findKeyOutsidePrefixes() {
        List<String> prefixes = design.bucket().keyPrefixes();
        if (prefixes.isEmpty() || prefixes.stream().anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>(List.of("s3grant-outside/" + OBJECT));
        "zyxwvutsrqponmlkjihgfedcba9876543210".chars()
                .forEach(c -> candidates.add((char) c + "-s3grant-outside/" + OBJECT));
        return candidates.stream().filter(k -> prefixes.stream().noneMatch(k::startsWith)).findFirst();
    }

    /**
     * For each prefix with a {@code *} or {@code ?}, sorted: a key under the prefix with each of
     * them replaced by other text, which a wildcard would match but the escaped prefix does not; a
     * key that another prefix covers is left out.
     */
    List<LiteralWildcardProbe> literalWildcardProbes() {
        List<String> prefixes = design.bucket().keyPrefixes();
        List<LiteralWildcardProbe> probes = new ArrayList<>();
        prefixes.stream().distinct().sorted().filter(p -> p.indexOf('*') >= 0 || p.indexOf('?') >= 0).forEach(prefix -> {
            String key = objectKey(prefix.replace("*", "s3grant-star").replace("?", "Q"));
            if (prefixes.stream().noneMatch(key::startsWith)) {
                probes.add(new LiteralWildcardProbe(prefix, key));
            }
        });
        return probes;
    }

    /** A key that a prefix's {@code *} or {@code ?} would match if it were a wildcard. */
    record LiteralWildcardProbe(String prefix, String key) {
    }

    /** A role name in the account that no writer of the design uses. */
    String otherRoleName(String accountId) {
        Set<String> taken = roleNamesByAccount.getOrDefault(accountId, Set.of());
        String name = "s3grant-check-other-role";
        for (int i = 2; taken.contains(name); i++) {
            name = "s3grant-check-other-role-" + i;
        }
        return name;
    }

    String roleArn(String accountId, String roleName) {
        return "arn:" + design.partition().id() + ":iam::" + accountId + ":role/" + roleName;
    }

    /** The ARN of a role with this path ({@code /} when empty) and name in the account. */
    String roleArn(String accountId, String rolePath, String roleName) {
        return "arn:" + design.partition().id() + ":iam::" + accountId + ":role"
                + (rolePath.isEmpty() ? "/" : rolePath) + roleName;
    }

    /** The key the writers use: the design's key ARN, or a sample key of the bucket owner. */
    String keyArn() {
        return design.bucket().encryption().keyArn()
                .orElse(Arns.regional(design, "kms", design.bucketOwner().accountId(), "key/" + SAMPLE_KEY_ID));
    }

    /** A sample key ARN in the given account (a key the bucket's owner cannot use, when it is a writer's). */
    String keyOfAccount(String accountId) {
        String sample = Arns.regional(design, "kms", accountId, "key/" + SAMPLE_KEY_ID);
        return sample.equals(keyArn()) ? Arns.regional(design, "kms", accountId, "key/" + OTHER_KEY_ID) : sample;
    }

    /** The aliases the key carries: the alias of a key created for the design; none known otherwise. */
    List<String> keyAliases() {
        return BucketKmsKey.created(design) ? List.of(BucketKmsKey.alias(design)) : List.of();
    }

    /** The account in the key's ARN, or the bucket owner's when the ARN has none. */
    String keyAccount() {
        String[] parts = keyArn().split(":", 6);
        return parts.length == 6 && !parts[4].isEmpty() ? parts[4] : design.bucketOwner().accountId();
    }

    /** {@code kms:ViaService} of S3 in the design's region. */
    String s3ViaService() {
        return BucketKmsKey.s3ViaService(design);
    }

    /** The {@code aws:SourceArn} a catalogued service sends when it acts for a resource of the account. */
    Optional<String> sourceArn(ServiceCatalog.Entry entry, String accountId) {
        String resource = switch (entry.key()) {
            case "ecs" -> "task/" + SESSION + "/0123456789abcdef0123456789abcdef";
            case "states" -> "stateMachine:" + SESSION;
            case "scheduler" -> "schedule-group/default";
            default -> "";
        };
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        String service = entry.sourceArnService().isEmpty() ? entry.key() : entry.sourceArnService();
        return Optional.of(Arns.regional(design, service, accountId, resource));
    }
}
