package dev.s3grant.explain.any;

import dev.s3grant.policy.DocumentKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The explanation of one policy document of any file.
 *
 * @param file       the file as the user named it
 * @param name       the document in the file: a Terraform address, or the file's name
 * @param line       the line the document starts on, from 1
 * @param kind       the kind of policy, from what holds it or, failing that, from its statements
 * @param json       the document as canonical JSON, empty when it cannot be read
 * @param statements one reading per statement, in the document's order; empty when it cannot be read
 */
public record PolicyReading(String file, String name, int line, Optional<DocumentKind> kind, String json,
                            List<StatementReading> statements) {

    public PolicyReading {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(json, "json");
        statements = List.copyOf(statements);
    }

    /** False when the policy cannot be known without evaluating Terraform. */
    public boolean readable() {
        return !json.isEmpty();
    }
}
