package dev.s3grant.policy;

import java.util.List;
import java.util.Optional;

/** An IAM policy document. Statement order is kept: it is part of the canonical output. */
public record PolicyDocument(String version, List<Statement> statements) {

    public static final String VERSION = "2012-10-17";

    public PolicyDocument {
        version = version == null ? VERSION : version;
        statements = List.copyOf(statements);
    }

    public static PolicyDocument of(List<Statement> statements) {
        return new PolicyDocument(VERSION, statements);
    }

    public Optional<Statement> statement(String sid) {
        return statements.stream().filter(s -> s.sid().equals(sid)).findFirst();
    }
}
