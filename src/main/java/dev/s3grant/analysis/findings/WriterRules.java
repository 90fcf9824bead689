package dev.s3grant.analysis.findings;

import dev.s3grant.model.formats.DesignerFormats;
import static dev.s3grant.analysis.Severity.ERROR;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location.FieldLocation;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.Sids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The writer list and the names it derives: aliases (which name the Terraform files, resources and
 * statement IDs), duplicate roles and provider references (S3G-020 to S3G-039).
 */
final class WriterRules implements DesignRules {

    static final Rule NO_WRITERS = new Rule("S3G-020", ERROR, "findings.writers.none",
            DocLinks.CROSS_ACCOUNT_EVALUATION, """
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

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

    /** An alias with the field it comes from; only writer aliases appear in statement IDs. */
    private record AliasAt(String alias, FieldLocation location, boolean writer) {
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        if (design.writers().isEmpty()) {
            out.add(NO_WRITERS.at(Locations.at(DesignField.WRITERS)));
        }
        List<AliasAt> aliases = new ArrayList<>();
        aliases.add(new AliasAt(design.bucketOwner().alias(), Locations.at(DesignField.OWNER_ALIAS), false));
        for (int i = 0; i < design.writers().size(); i++) {
            aliases.add(new AliasAt(design.writers().get(i).alias(), Locations.at(DesignField.WRITER_ALIAS, i), true));
        }
        checkAliases(aliases, out);
        checkRoles(design, out);
        checkProvider(design.bucketOwner().terraformProvider(), Locations.at(DesignField.OWNER_PROVIDER), out);
        for (int i = 0; i < design.writers().size(); i++) {
            checkProvider(design.writers().get(i).terraformProvider(), Locations.at(DesignField.WRITER_PROVIDER, i), out);
        }
    }

    /**
     * Reports each alias that is invalid or collides with an earlier one: the same alias, else the
     * same Terraform name, else (between writers) the same statement ID; the first earlier one is named.
     */
    private static void checkAliases(List<AliasAt> aliases, List<Finding> out) {
        Map<String, AliasAt> firstByAlias = new HashMap<>();
        Map<String, AliasAt> firstByName = new HashMap<>();
        Map<String, AliasAt> firstBySid = new HashMap<>();
        for (AliasAt current : aliases) {
            String name = terraformName(current.alias());
            String sid = Sids.allowPutFrom(current.alias());
            checkAlias(current, firstByAlias.get(current.alias()), firstByName.get(name), name,
                    current.writer() ? firstBySid.get(sid) : null, sid, out);
            firstByAlias.putIfAbsent(current.alias(), current);
            firstByName.putIfAbsent(name, current);
            if (current.writer()) {
                firstBySid.putIfAbsent(sid, current);
            }
        }
    }

    private static void checkAlias(AliasAt current, AliasAt sameAlias, AliasAt sameName, String name, AliasAt sameSid,
                                   String sid, List<Finding> out) {
        if (!DesignerFormats.matches(DesignerFormats.ALIAS, current.alias())) {
            out.add(INVALID_ALIAS.at(current.location(), current.alias()));
        }
        if (sameAlias != null) {
            out.add(DUPLICATE_ALIAS.at(current.location(), current.alias(), sameAlias.location().text()));
        } else if (sameName != null) {
            out.add(SAME_TERRAFORM_NAME.at(current.location(), current.alias(), sameName.alias(), sameName.location().text(), name));
        } else if (sameSid != null) {
            out.add(SAME_SID.at(current.location(), current.alias(), sameSid.alias(), sameSid.location().text(), sid));
        }
    }

    /** Reports a writer whose role (account and name) an earlier writer has already. */
    private static void checkRoles(Design design, List<Finding> out) {
        Map<List<String>, Integer> firstByRole = new HashMap<>();
        List<Writer> writers = design.writers();
        for (int j = 0; j < writers.size(); j++) {
            Writer w = writers.get(j);
            if (w.roleName().isEmpty()) {
                continue;
            }
            Integer earlier = firstByRole.putIfAbsent(List.of(w.accountId(), w.roleName()), j);
            if (earlier != null) {
                out.add(DUPLICATE_ROLE.at(Locations.at(DesignField.WRITER_ROLE_NAME, j), w.roleName(), w.accountId(),
                        Locations.at(DesignField.WRITER_ROLE_NAME, earlier).text()));
            }
        }
    }

    private static void checkProvider(String provider, FieldLocation location, List<Finding> out) {
        if (!provider.isEmpty() && !DesignerFormats.matches(DesignerFormats.TERRAFORM_PROVIDER, provider)) {
            out.add(INVALID_PROVIDER.at(location, provider));
        }
    }

    /** The Terraform form of an alias: lower case, every other character but letters and digits as {@code _}. */
    static String terraformName(String alias) {
        return NOT_ALPHANUMERIC.matcher(alias.toLowerCase(Locale.ROOT)).replaceAll("_");
    }
}
