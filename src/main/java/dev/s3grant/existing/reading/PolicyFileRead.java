package dev.s3grant.existing.reading;

import dev.s3grant.policy.DocumentKind;
import java.util.Optional;

/**
 * A policy JSON file given to import: its policy, the kind the file's form or its statements tell,
 * the role the AWS CLI output names, and the writer alias its name gives
 * ({@code A-trust-policy.json}, {@code A-role-policy.json}: the names the designer writes).
 */
record PolicyFileRead(ImportedPolicy policy, DocumentKind kind, Optional<String> roleName, Optional<String> rolePath,
                      Optional<String> alias) {
}
