package dev.s3grant.explain.any;

import dev.s3grant.model.Message;
import dev.s3grant.policy.Statement;
import java.util.List;
import java.util.Objects;

/**
 * One statement of any policy in plain words.
 *
 * @param index      its place in the document, from 1
 * @param statement  the statement as read
 * @param summary    who may or may not do what on which resources
 * @param reach      who it reaches
 * @param logic      how its conditions combine (empty without conditions)
 * @param conditions one reading per condition test, in the statement's order
 * @param links      the pages of its elements, of its actions' services and of its trusted services
 */
public record StatementReading(int index, Statement statement, Message summary, StatementReach reach,
                               List<Message> logic, List<ConditionReading> conditions, List<String> links) {

    public StatementReading {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(reach, "reach");
        logic = List.copyOf(logic);
        conditions = List.copyOf(conditions);
        links = List.copyOf(links);
    }

    /** The Sid, or {@code Statement[index]} for a statement without one. */
    public String label() {
        return statement.sid().isEmpty() ? "Statement[" + index + "]" : statement.sid();
    }

    /** The links of the statement and of its conditions, each once. */
    public List<String> allLinks() {
        return java.util.stream.Stream.concat(links.stream(), conditions.stream().flatMap(c -> c.links().stream()))
                .distinct().toList();
    }
}
