package dev.s3grant.analysis.findings;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every rule the validator checks, by code, so the documentation and the tests can enumerate them.
 * Codes are grouped by concern: S3G-001 accounts, 020 writers, 030 literal wildcard characters,
 * 040 principals, 060 bucket names, 064 key prefixes, 070 bucket settings, 080 encryption, 090 sizes,
 * 110 policies merged into existing ones, 140 the shared-role principal style (092 and 093 suggest it), 145 the shared writer file,
 * 120 adopting existing Terraform, 130 accepted findings (checked last: they look at every other finding).
 * S3G-900 to S3G-999 are kept for the access check's findings (a request whose outcome differs from the intended one).
 */
public final class RuleCatalog {

    private static final List<DesignRules> RULE_SETS = List.of(
            new AccountRules(),
            new WriterRules(),
            new WriterFileRules(),
            new LiteralCharacterRules(),
            new PrincipalRules(),
            new BucketNameRules(),
            new KeyPrefixRules(),
            new BucketSettingRules(),
            new EncryptionRules(),
            new SizeRules(),
            new SharedRoleRules(),
            new MergeRules(),
            new AcceptanceRules());

    private static final List<Rule> ALL = Stream.concat(
                    RULE_SETS.stream().flatMap(set -> set.rules().stream()),
                    Stream.concat(AdoptionRules.all().stream(), Stream.of(AccessCheckRule.MISMATCH)))
            .sorted((a, b) -> a.code().compareTo(b.code())) // not Comparator.comparing: its lambda no start-up cache holds (decision 0057)
            .toList();

    private RuleCatalog() {
    }

    /** Every rule, ordered by code. */
    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> find(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    static List<DesignRules> ruleSets() {
        return RULE_SETS;
    }
}
