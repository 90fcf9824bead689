package dev.s3grant.diff;

import dev.s3grant.hcl.HclError;
import dev.s3grant.text.Localizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sentences that describe changes, in the user's language; shared by the text report and the
 * window so both say the same thing.
 */
public final class ChangeTexts {

    private final Localizer texts;

    public ChangeTexts(Localizer texts) {
        this.texts = texts;
    }

    public String label(ChangeLabel label) {
        return texts.text(switch (label) {
            case FORMATTING_ONLY -> "diff.label.formattingOnly";
            case CHANGED -> "diff.label.changed";
            case ACCESS_CHANGED -> "diff.label.accessChanged";
        });
    }

    /** {@code +}, {@code -} or {@code ~}. */
    public static String marker(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
            case MOVED -> "→";
        };
    }

    /** {@code resource.aws_s3_bucket.main: added, access changed}. */
    public String block(BlockChange block) {
        if (block.kind() == ChangeKind.MOVED) {
            String moved = texts.format("diff.movedFrom", block.movedFrom());
            return texts.format("diff.block", block.address(), block.label() == ChangeLabel.FORMATTING_ONLY ? moved
                    : texts.format("diff.kindAndLabel", moved, label(block.label())));
        }
        String kind = texts.text("diff.kind." + block.kind().id());
        String what = block.kind() == ChangeKind.CHANGED ? label(block.label())
                : block.label() == ChangeLabel.CHANGED ? kind : texts.format("diff.kindAndLabel", kind, label(block.label()));
        return texts.format("diff.block", block.address(), what);
    }

    /** {@code policy: access changed}, {@code statement#2: removed}. */
    public String attribute(AttributeChange attribute) {
        String what = attribute.kind() == ChangeKind.CHANGED ? label(attribute.label())
                : texts.text("diff.kind." + attribute.kind().id());
        return texts.format("diff.attribute", attribute.name(), what);
    }

    /** The lines that describe one statement's change: a heading and one line per element, or one line for a whole statement. */
    public List<String> access(AccessChange change) {
        String where = change.attribute().isEmpty() ? texts.text("diff.access.thisDocument") : change.attribute();
        List<String> lines = new ArrayList<>();
        if (change.kind() != ChangeKind.CHANGED) {
            String key = change.kind() == ChangeKind.ADDED ? "diff.access.statementAdded" : "diff.access.statementRemoved";
            lines.add(texts.format(key, change.statement(), change.effect().name(), where, grant(change)));
            return lines;
        }
        lines.add(texts.format("diff.access.statementChanged", change.statement(), change.effect().name(), where));
        change.actions().forEach(a -> lines.add(texts.format("diff.access.action." + a.change().id(), a.value())));
        change.resources().forEach(r -> lines.add(texts.format("diff.access.resource." + r.change().id(), r.value())));
        change.principals().forEach(p -> lines.add(texts.format("diff.access.principal." + p.change().id(), principal(p))));
        change.conditions().forEach(c -> lines.add(texts.format("diff.access.condition." + c.change().id(),
                c.key(), c.operator(), String.join(", ", c.values()))));
        return lines;
    }

    /** A whole statement in one phrase: {@code s3:PutObject on arn:... for AWS arn:... when ...}. */
    private String grant(AccessChange change) {
        List<String> parts = new ArrayList<>();
        parts.add(change.actions().stream().map(ElementChange::value).collect(Collectors.joining(", ")));
        if (!change.resources().isEmpty()) {
            parts.add(texts.format("diff.access.part.resources",
                    change.resources().stream().map(ElementChange::value).collect(Collectors.joining(", "))));
        }
        if (!change.principals().isEmpty()) {
            parts.add(texts.format("diff.access.part.principals",
                    change.principals().stream().map(ChangeTexts::principal).collect(Collectors.joining(", "))));
        }
        if (!change.conditions().isEmpty()) {
            parts.add(texts.format("diff.access.part.conditions", change.conditions().stream()
                    .map(c -> texts.format("diff.access.conditionText", c.key(), c.operator(), String.join(", ", c.values())))
                    .collect(Collectors.joining(", "))));
        }
        return String.join(texts.text("diff.access.part.separator"), parts);
    }

    /** {@code AWS arn:aws:iam::111122223333:root}, {@code Service ecs-tasks.amazonaws.com}, or {@code *}. */
    public static String principal(PrincipalChange p) {
        return p.type().equals(StatementElements.ANYONE) ? p.value() : p.type() + " " + p.value();
    }

    /** {@code account_B.tf:12:5: syntax error: ...}, the error itself in the user's language too. */
    public String error(String file, HclError error) {
        return texts.format("diff.syntaxError", file, String.valueOf(error.range().startLine()),
                String.valueOf(error.range().startColumn()), texts.render(error.message()));
    }

    public String text(String key) {
        return texts.text(key);
    }

    public String format(String key, Object... args) {
        return texts.format(key, args);
    }
}
