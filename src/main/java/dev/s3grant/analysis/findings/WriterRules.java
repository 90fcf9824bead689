package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.ERROR;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.Sids;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The writer list and the names it derives: aliases (which name the Terraform files, resources and
 * statement IDs), duplicate roles and provider references (S3G-020 to S3G-039).
 */
final class WriterRules implements DesignRules {

    static final Rule NO_WRITERS = new Rule("S3G-020", ERROR, "findings.writers.none",
            DocLinks.CROSS_ACCOUNT, """
            {"writers": []}""");
    static final Rule INVALID_ALIAS = new Rule("S3G-021", ERROR, "findings.writers.invalidAlias",
            DocLinks.TERRAFORM_IDENTIFIERS, """
            {"writers": [{"alias": "team a"}]}""");
    static final Rule DUPLICATE_ALIAS = new Rule("S3G-022", ERROR, "findings.writers.duplicateAlias",
            DocLinks.TERRAFORM_IDENTIFIERS, """
            {"writers": [{"alias": "B"}]}""");
    static final Rule SAME_TERRAFORM_NAME = new Rule("S3G-023", ERROR, "findings.writers.sameTerraformName",
            DocLinks.TERRAFORM_IDENTIFIERS, """
            {"writers": [{}, {"alias": "a", "accountId": "333333333333", "roleName": "ecs-cross-account-s3-role"}]}""");
    static final Rule SAME_SID = new Rule("S3G-024", ERROR, "findings.writers.sameSid",
            DocLinks.SID, """
            {"writers": [{"alias": "team-a"}, {"alias": "teama", "accountId": "333333333333", "roleName": "ecs-cross-account-s3-role"}]}""");
    static final Rule DUPLICATE_ROLE = new Rule("S3G-025", ERROR, "findings.writers.duplicateRole",
            DocLinks.IAM_IDENTIFIERS, """
            {"writers": [{}, {"alias": "A2", "accountId": "111111111111", "roleName": "ecs-cross-account-s3-role"}]}""");
    static final Rule INVALID_PROVIDER = new Rule("S3G-026", ERROR, "findings.writers.invalidProvider",
            DocLinks.TERRAFORM_PROVIDERS, """
            {"writers": [{"terraformProvider": "provider.aws.account_a"}]}""");

    @Override
    public List<Rule> rules() {
        return List.of(NO_WRITERS, INVALID_ALIAS, DUPLICATE_ALIAS, SAME_TERRAFORM_NAME, SAME_SID, DUPLICATE_ROLE,
                INVALID_PROVIDER);
    }

    /** An alias with the field it comes from; only writer aliases appear in statement IDs. */
    private record AliasAt(String alias, String location, boolean writer) {
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        if (design.writers().isEmpty()) {
            out.add(NO_WRITERS.at(Locations.WRITERS));
        }
        List<AliasAt> aliases = new ArrayList<>();
        aliases.add(new AliasAt(design.bucketOwner().alias(), Locations.OWNER_ALIAS, false));
        for (int i = 0; i < design.writers().size(); i++) {
            aliases.add(new AliasAt(design.writers().get(i).alias(), Locations.writer(i, "alias"), true));
        }
        for (int i = 0; i < aliases.size(); i++) {
            checkAlias(aliases, i, out);
        }
        checkRoles(design, out);
        checkProvider(design.bucketOwner().terraformProvider(), Locations.OWNER_PROVIDER, out);
        for (int i = 0; i < design.writers().size(); i++) {
            checkProvider(design.writers().get(i).terraformProvider(), Locations.writer(i, "terraformProvider"), out);
        }
    }

    /** Reports the alias at {@code index} when it is invalid or collides with an earlier one. */
    private static void checkAlias(List<AliasAt> aliases, int index, List<Finding> out) {
        AliasAt current = aliases.get(index);
        if (!Identifiers.matches(Identifiers.ALIAS, current.alias())) {
            out.add(INVALID_ALIAS.at(current.location(), current.alias()));
        }
        for (AliasAt earlier : aliases.subList(0, index)) {
            if (earlier.alias().equals(current.alias())) {
                out.add(DUPLICATE_ALIAS.at(current.location(), current.alias(), earlier.location()));
                return;
            }
        }
        for (AliasAt earlier : aliases.subList(0, index)) {
            String name = terraformName(current.alias());
            if (terraformName(earlier.alias()).equals(name)) {
                out.add(SAME_TERRAFORM_NAME.at(current.location(), current.alias(), earlier.alias(),
                        earlier.location(), name));
                return;
            }
        }
        if (!current.writer()) {
            return;
        }
        for (AliasAt earlier : aliases.subList(0, index)) {
            String sid = Sids.allowPutFrom(current.alias());
            if (earlier.writer() && Sids.allowPutFrom(earlier.alias()).equals(sid)) {
                out.add(SAME_SID.at(current.location(), current.alias(), earlier.alias(), earlier.location(), sid));
                return;
            }
        }
    }

    private static void checkRoles(Design design, List<Finding> out) {
        List<Writer> writers = design.writers();
        for (int j = 0; j < writers.size(); j++) {
            Writer w = writers.get(j);
            for (int i = 0; i < j; i++) {
                Writer earlier = writers.get(i);
                if (!w.roleName().isEmpty() && earlier.accountId().equals(w.accountId())
                        && earlier.roleName().equals(w.roleName())) {
                    out.add(DUPLICATE_ROLE.at(Locations.writer(j, "roleName"), w.roleName(), w.accountId(),
                            Locations.writer(i, "roleName")));
                    break;
                }
            }
        }
    }

    private static void checkProvider(String provider, String location, List<Finding> out) {
        if (!provider.isEmpty() && !Identifiers.matches(Identifiers.TERRAFORM_PROVIDER, provider)) {
            out.add(INVALID_PROVIDER.at(location, provider));
        }
    }

    /** The Terraform form of an alias: lower case, every other character but letters and digits as {@code _}. */
    static String terraformName(String alias) {
        return alias.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }
}
