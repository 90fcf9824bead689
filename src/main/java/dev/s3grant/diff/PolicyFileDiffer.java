package dev.s3grant.diff;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.s3grant.hcl.HclError;
import dev.s3grant.model.Message;
import dev.s3grant.hcl.Range;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import java.util.List;
import java.util.Optional;

/**
 * Compares a policy document file ({@code policies/bucket-policy.json}) by meaning. The whole file
 * is one policy, so its change is one {@link BlockChange} addressed by the file's path, labelled
 * like a policy attribute: formatting only when both sides grant the same, access changed with
 * what is added and removed otherwise. A side that is not a policy document is a syntax error at
 * the position the JSON reader gives.
 */
final class PolicyFileDiffer {

    private PolicyFileDiffer() {
    }

    /** Policy documents are the JSON files among those compared; everything else is read as HCL. */
    static boolean isPolicyFile(String path) {
        return path.endsWith(".json");
    }

    static FileDiff compare(String path, SourceFile old, SourceFile now, TextDiff text) {
        FilePresence presence = old == null ? FilePresence.NEW_ONLY : now == null ? FilePresence.OLD_ONLY : FilePresence.BOTH;
        Parsed oldPolicy = old == null ? Parsed.ABSENT : parse(old.text());
        Parsed newPolicy = now == null ? Parsed.ABSENT : parse(now.text());
        List<BlockChange> blocks = List.of();
        if (presence == FilePresence.NEW_ONLY && newPolicy.document().isPresent()) {
            blocks = List.of(oneSided(path, newPolicy.document().get(), ChangeKind.ADDED));
        } else if (presence == FilePresence.OLD_ONLY && oldPolicy.document().isPresent()) {
            blocks = List.of(oneSided(path, oldPolicy.document().get(), ChangeKind.REMOVED));
        } else if (presence == FilePresence.BOTH && text.hasChanges()
                && oldPolicy.document().isPresent() && newPolicy.document().isPresent()) {
            PolicyComparison comparison = AccessDiffer.compare("", oldPolicy.document().get(), newPolicy.document().get());
            blocks = List.of(new BlockChange(path, ChangeKind.CHANGED, comparison.label(), 1, 1, List.of(),
                    comparison.changes()));
        }
        return new FileDiff(path, old == null ? "" : old.displayName(), now == null ? "" : now.displayName(),
                presence, text, blocks, oldPolicy.errors(), newPolicy.errors());
    }

    private static BlockChange oneSided(String path, PolicyDocument policy, ChangeKind kind) {
        List<AccessChange> access = AccessDiffer.whole("", policy, kind);
        return new BlockChange(path, kind, access.isEmpty() ? ChangeLabel.CHANGED : ChangeLabel.ACCESS_CHANGED,
                kind == ChangeKind.REMOVED ? 1 : 0, kind == ChangeKind.ADDED ? 1 : 0, List.of(), access);
    }

    private static Parsed parse(String text) {
        try {
            return new Parsed(Optional.of(PolicyJson.parse(text)), List.of());
        } catch (IllegalArgumentException e) {
            int line = 1;
            int column = 1;
            String message = e.getMessage();
            if (e.getCause() instanceof JsonProcessingException json) {
                JsonLocation at = json.getLocation();
                if (at != null && at.getLineNr() > 0) {
                    line = at.getLineNr();
                    column = Math.max(1, at.getColumnNr());
                }
                message = json.getOriginalMessage();
            }
            Range range = new Range(line, column, line, column, 0, 0);
            return new Parsed(Optional.empty(), List.of(unreadable(range, message)));
        } catch (RuntimeException e) {
            Range start = new Range(1, 1, 1, 1, 0, 0);
            return new Parsed(Optional.empty(), List.of(unreadable(start, e.getMessage())));
        }
    }

    /** A policy file that is not JSON: the parser's own words, which only exist in English. */
    private static HclError unreadable(Range range, String reason) {
        return new HclError(range, Message.of("diff.policy.unreadable", String.valueOf(reason)));
    }

    private record Parsed(Optional<PolicyDocument> document, List<HclError> errors) {
        static final Parsed ABSENT = new Parsed(Optional.empty(), List.of());
    }
}
