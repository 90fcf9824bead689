package dev.s3grant.existing.reading;

import dev.s3grant.model.Message;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places the statements of an imported policy against the statements the design generates:
 * a statement equal in meaning to one of the design's (its Sid aside) is represented; any other
 * is reported, with the actions it grants that the design does not, and returned as foreign.
 */
final class StatementPlacement {

    private StatementPlacement() {
    }

    /** @return the foreign statements, in the order the policy has them */
    static List<Statement> place(ImportedPolicy read, PolicyDocument designed, List<NotRepresented> out) {
        List<Statement> foreign = new ArrayList<>();
        List<Statement> ours = designed.statements().stream().map(StatementPlacement::withoutSid).toList();
        int index = 0;
        for (Statement statement : read.document().statements()) {
            index++;
            if (ours.contains(withoutSid(statement))) {
                continue;
            }
            foreign.add(statement);
            String name = statement.sid().isEmpty() ? "#" + index : statement.sid();
            List<String> extra = extraActions(statement, designed);
            Message message = extra.isEmpty()
                    ? Message.of("import.statement.notPlaced", read.address(), name)
                    : Message.of("import.statement.extraActions", read.address(), name, String.join(", ", extra));
            out.add(new NotRepresented(read.file(), read.lineOf(index - 1), message));
        }
        return foreign;
    }

    static Optional<PolicyDocument> document(List<Statement> statements) {
        return statements.isEmpty() ? Optional.empty() : Optional.of(PolicyDocument.of(statements));
    }

    private static List<String> extraActions(Statement statement, PolicyDocument designed) {
        List<String> all = designed.statements().stream().filter(s -> s.effect() == statement.effect())
                .flatMap(s -> s.actions().stream()).distinct().toList();
        return statement.actions().stream().filter(a -> !all.contains(a)).toList();
    }

    private static Statement withoutSid(Statement s) {
        return new Statement("", s.effect(), s.principal(), s.notPrincipal(), s.actions(), s.notActions(), s.resources(),
                s.notResources(), s.conditions());
    }
}
