package dev.s3grant.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Merges the designer's statements into an existing policy (docs/decisions/0029-merge-into-existing-policies.md).
 * A statement of the existing policy whose Sid the designer writes ({@link Sids#isDesigners}) is the
 * designer's, from an earlier merge: it gives way to what the design writes now. Every other
 * statement is kept, in its order and exactly once, ahead of the designer's statements. Merging the
 * merged policy again therefore gives the same document.
 */
public final class PolicyMerge {

    private PolicyMerge() {
    }

    public static MergedPolicy merge(PolicyDocument existing, PolicyDocument ours) {
        Map<String, Statement> oursBySid = ours.statements().stream()
                .collect(Collectors.toMap(Statement::sid, s -> s, (a, b) -> a));
        Set<String> ourSids = oursBySid.keySet();
        List<Statement> kept = new ArrayList<>();
        List<Statement> replaced = new ArrayList<>();
        for (Statement s : existing.statements()) {
            if (s.sid().isEmpty() || !(ourSids.contains(s.sid()) || Sids.isDesigners(s.sid()))) {
                kept.add(s);
            } else if (!s.equals(oursBySid.get(s.sid()))) {
                replaced.add(s);
            }
        }
        List<Statement> statements = new ArrayList<>(kept);
        statements.addAll(ours.statements());
        return new MergedPolicy(new PolicyDocument(ours.version(), statements), kept, replaced);
    }

    /**
     * The pairs of statements of a document that are equal in meaning: the same elements, whatever
     * their Sids. Each pair once, the earlier statement first, by position.
     */
    public static List<int[]> equalInMeaning(PolicyDocument document) {
        List<Statement> withoutSids = document.statements().stream().map(PolicyMerge::withoutSid).toList();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < withoutSids.size(); i++) {
            for (int j = i + 1; j < withoutSids.size(); j++) {
                if (withoutSids.get(i).equals(withoutSids.get(j))) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return pairs;
    }

    /** The statement without its Sid: what it means. */
    public static Statement withoutSid(Statement s) {
        return new Statement("", s.effect(), s.principal(), s.notPrincipal(), s.actions(), s.notActions(),
                s.resources(), s.notResources(), s.conditions());
    }
}
