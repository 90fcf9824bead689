package dev.s3grant.existing.reading;

import dev.s3grant.explain.any.DocumentKinds;
import dev.s3grant.io.ExistingPolicyReader;
import dev.s3grant.io.InputException;
import dev.s3grant.io.PolicyFileText;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a policy JSON file given to import in any form the AWS CLI prints it and tells its kind:
 * the form's own ({@code get-role}: trust policy, {@code get-role-policy}: identity policy), else
 * the statements' (docs/decisions/0028-import-existing-terraform.md).
 */
final class PolicyFileImport {

    private static final Pattern ROLE_FILE = Pattern.compile("(.+)-(trust|role)-policy\\.json");

    private PolicyFileImport() {
    }

    /** The file's policy; empty when its kind cannot be told. */
    static Optional<PolicyFileRead> read(ImportedFile file) throws InputException {
        PolicyFileText text = ExistingPolicyReader.readAnyForm(file.text(), file.displayName());
        PolicyDocument document = PolicyJson.parse(text.document());
        Optional<DocumentKind> kind = switch (text.form()) {
            case ROLE_TRUST -> Optional.of(DocumentKind.TRUST_POLICY);
            case ROLE_INLINE -> Optional.of(DocumentKind.ROLE_POLICY);
            case DOCUMENT -> DocumentKinds.fromStatements(document);
        };
        Matcher m = ROLE_FILE.matcher(file.name());
        Optional<String> alias = m.matches() ? Optional.of(m.group(1)) : Optional.empty();
        ImportedPolicy policy = new ImportedPolicy(document, file.displayName(), 1, file.name(), text.statementLines());
        return kind.map(k -> new PolicyFileRead(policy, k, text.roleName(), text.rolePath(), alias));
    }
}
