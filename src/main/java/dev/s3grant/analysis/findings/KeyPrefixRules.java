package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.ERROR;
import static dev.s3grant.analysis.Severity.SUGGESTION;
import static dev.s3grant.analysis.Severity.WARNING;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location.FieldLocation;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.formats.IdentifierFormats;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.List;
import java.util.OptionalInt;

/** The key prefixes the writers may put objects under (S3G-064 to S3G-069). */
final class KeyPrefixRules implements DesignRules {

    static final Rule INVALID = new Rule("S3G-064", ERROR, "findings.keyPrefix.invalid",
            DocLinks.OBJECT_KEYS, """
            {"bucket": {"keyPrefixes": [""]}}""");
    static final Rule NO_TRAILING_SLASH = new Rule("S3G-065", WARNING, "findings.keyPrefix.noTrailingSlash",
            DocLinks.OBJECT_KEYS, """
            {"bucket": {"keyPrefixes": ["incoming"]}}""");
    static final Rule LEADING_SLASH = new Rule("S3G-066", WARNING, "findings.keyPrefix.leadingSlash",
            DocLinks.OBJECT_KEYS, """
            {"bucket": {"keyPrefixes": ["/incoming/"]}}""");
    static final Rule OVERLAP = new Rule("S3G-067", SUGGESTION, "findings.keyPrefix.overlap",
            DocLinks.OBJECT_KEYS, """
            {"bucket": {"keyPrefixes": ["incoming/", "incoming/team-a/"]}}""");
    static final Rule NONE = new Rule("S3G-068", SUGGESTION, "findings.keyPrefix.none",
            DocLinks.S3_SECURITY, """
            {"bucket": {"keyPrefixes": []}}""");

    @Override
    public List<Rule> rules() {
        return List.of(INVALID, NO_TRAILING_SLASH, LEADING_SLASH, OVERLAP, NONE);
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        List<String> prefixes = design.bucket().keyPrefixes();
        if (prefixes.isEmpty()) {
            out.add(NONE.at(Locations.at(DesignField.KEY_PREFIXES), design.bucket().name()));
            return;
        }
        for (int i = 0; i < prefixes.size(); i++) {
            String prefix = prefixes.get(i);
            FieldLocation location = Locations.at(DesignField.KEY_PREFIXES, i);
            if (!isUsable(prefix)) {
                out.add(INVALID.at(location, prefix));
                continue;
            }
            if (!prefix.endsWith("/")) {
                out.add(NO_TRAILING_SLASH.at(location, prefix));
            }
            if (prefix.startsWith("/")) {
                out.add(LEADING_SLASH.at(location, prefix, prefix.replaceFirst("^/+", "")));
            }
            coveringPrefix(prefixes, i).ifPresent(k ->
                    out.add(OVERLAP.at(location, prefix, prefixes.get(k), Locations.at(DesignField.KEY_PREFIXES, k).text())));
        }
    }

    /**
     * Usable in a policy, as {@link IdentifierFormats#KEY_PREFIX} defines it: not empty, no control
     * character, not too long. A {@code *}, {@code ?} or {@code $} is usable: the policies escape it (S3G-030).
     */
    static boolean isUsable(String prefix) {
        return IdentifierFormats.KEY_PREFIX.accepts(prefix);
    }

    /**
     * The index of another usable prefix that already grants every key under {@code prefixes[i]}:
     * a shorter prefix it starts with, or the same prefix listed earlier.
     */
    private static OptionalInt coveringPrefix(List<String> prefixes, int i) {
        String prefix = prefixes.get(i);
        for (int k = 0; k < prefixes.size(); k++) {
            String other = prefixes.get(k);
            if (k == i || !isUsable(other)) {
                continue;
            }
            boolean shorter = other.length() < prefix.length() && prefix.startsWith(other);
            boolean sameEarlier = k < i && other.equals(prefix);
            if (shorter || sameEarlier) {
                return OptionalInt.of(k);
            }
        }
        return OptionalInt.empty();
    }
}
