package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.ERROR;
import static dev.s3grant.analysis.Severity.WARNING;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location.FieldLocation;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.LiteralText;
import java.util.List;

/**
 * A {@code *}, {@code ?} or {@code $} that the user typed into a value that reaches an ARN or a
 * condition (S3G-030 to S3G-039; docs/aws-rules.md#literal-wildcards). Where the element takes policy variables the
 * generators escape the character ({@link LiteralText}) and a prefix that looks like a wildcard or a
 * policy variable is pointed out; where it does not (the {@code Principal} element), the value is
 * refused, as is an <code>&amp;{</code> that the Terraform policy-document style would turn into
 * the start of a policy variable. Every other value that reaches an ARN or a condition (account and organization IDs, the
 * Region, the bucket and role names, the KMS key ARN, service principals) already has a format
 * without these characters, checked by its own rule.
 */
final class LiteralCharacterRules implements DesignRules {

    static final Rule PREFIX_TAKEN_LITERALLY = new Rule("S3G-030", WARNING, "findings.keyPrefix.takenLiterally",
            DocLinks.POLICY_VARIABLES, """
            {"bucket": {"keyPrefixes": ["incoming/*"]}}""");
    static final Rule ROLE_PATH_IN_PRINCIPAL = new Rule("S3G-031", ERROR, "findings.principals.rolePathInPrincipal",
            DocLinks.PRINCIPAL, """
            {"writers": [{"rolePath": "/team-*/"}], "options": {"principalStyle": "ROLE_ARN"}}""");
    static final Rule POLICY_DOCUMENT_VARIABLE_NOTATION = new Rule("S3G-032", ERROR,
            "findings.literal.policyDocumentVariableNotation", DocLinks.TERRAFORM_POLICY_DOCUMENT, """
            {"bucket": {"keyPrefixes": ["team&{a}/"]}, "options": {"terraformStyle": "POLICY_DOCUMENT"}}""");

    /** What the {@code aws_iam_policy_document} data source reads as the start of a policy variable. */
    static final String DATA_SOURCE_VARIABLE = "&{";

    @Override
    public List<Rule> rules() {
        return List.of(PREFIX_TAKEN_LITERALLY, ROLE_PATH_IN_PRINCIPAL, POLICY_DOCUMENT_VARIABLE_NOTATION);
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        List<String> prefixes = design.bucket().keyPrefixes();
        for (int i = 0; i < prefixes.size(); i++) {
            String prefix = prefixes.get(i);
            if (KeyPrefixRules.isUsable(prefix) && looksLikeWildcardOrVariable(prefix)) {
                out.add(PREFIX_TAKEN_LITERALLY.at(Locations.at(DesignField.KEY_PREFIXES, i), prefix, LiteralText.escape(prefix)));
            }
        }
        for (int i = 0; i < design.writers().size(); i++) {
            Writer w = design.writers().get(i);
            boolean principal = design.options().principalStyle() == PrincipalStyle.ROLE_ARN;
            if (principal && LiteralText.hasSpecialCharacter(w.rolePath())) {
                out.add(ROLE_PATH_IN_PRINCIPAL.at(Locations.at(DesignField.WRITER_ROLE_PATH, i), w.rolePath()));
            }
        }
        if (design.options().terraformStyle() == TerraformStyle.POLICY_DOCUMENT) {
            checkDataSourceNotation(design, out);
        }
    }

    /**
     * The {@code aws_iam_policy_document} data source turns every <code>&amp;{</code> of its
     * actions, resources, principals and condition values into <code>${</code> (seen with the AWS
     * provider 5.100), which IAM then reads as a policy variable; nothing can escape it there.
     */
    private static void checkDataSourceNotation(Design design, List<Finding> out) {
        List<String> prefixes = design.bucket().keyPrefixes();
        for (int i = 0; i < prefixes.size(); i++) {
            addIfDataSourceVariable(prefixes.get(i), Locations.at(DesignField.KEY_PREFIXES, i), out);
        }
        for (int i = 0; i < design.writers().size(); i++) {
            addIfDataSourceVariable(design.writers().get(i).rolePath(), Locations.at(DesignField.WRITER_ROLE_PATH, i), out);
        }
    }

    private static void addIfDataSourceVariable(String value, FieldLocation location, List<Finding> out) {
        if (value.contains(DATA_SOURCE_VARIABLE)) {
            out.add(POLICY_DOCUMENT_VARIABLE_NOTATION.at(location, value, DATA_SOURCE_VARIABLE, "${"));
        }
    }

    /**
     * A {@code *} or {@code ?}, or a {@code $} before an opening brace: what a reader may take for a
     * wildcard or a policy variable.
     */
    static boolean looksLikeWildcardOrVariable(String prefix) {
        return prefix.indexOf('*') >= 0 || prefix.indexOf('?') >= 0 || prefix.contains("${");
    }
}
