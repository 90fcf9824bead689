package dev.s3grant.diff;

import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclBody;
import dev.s3grant.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the bodies of two blocks with the same address, attribute by attribute and nested
 * block by nested block. Expressions are compared by their tokens, so layout and comments do not
 * count; an attribute that holds a policy on both sides is compared by meaning instead.
 *
 * <p>Nested blocks are matched by type (and labels) in order. Their path is the type, with
 * {@code #n} (1-based) when either side has more than one: {@code rule.object_ownership},
 * {@code statement#2.actions}.
 */
final class BodyComparer {

    private final PolicyReader oldPolicies;
    private final PolicyReader newPolicies;
    private final List<AttributeChange> attributes = new ArrayList<>();
    private final List<AccessChange> access = new ArrayList<>();

    BodyComparer(PolicyReader oldPolicies, PolicyReader newPolicies) {
        this.oldPolicies = oldPolicies;
        this.newPolicies = newPolicies;
    }

    List<AttributeChange> attributes() {
        return List.copyOf(attributes);
    }

    List<AccessChange> access() {
        return List.copyOf(access);
    }

    void compare(HclBody oldBody, HclBody newBody, String prefix) {
        compareAttributes(oldBody, newBody, prefix);
        compareBlocks(oldBody, newBody, prefix);
    }

    /** Compares the attributes of two bodies, not their nested blocks: also the top level of a {@code .tfvars} file. */
    void compareAttributes(HclBody oldBody, HclBody newBody, String prefix) {
        Set<String> names = new LinkedHashSet<>();
        oldBody.attributes().forEach(a -> names.add(a.name()));
        newBody.attributes().forEach(a -> names.add(a.name()));
        for (String name : names) {
            Optional<HclAttribute> old = oldBody.attribute(name);
            Optional<HclAttribute> now = newBody.attribute(name);
            String path = prefix + name;
            if (old.isEmpty()) {
                oneSidedAttribute(path, now.get(), newPolicies, ChangeKind.ADDED);
            } else if (now.isEmpty()) {
                oneSidedAttribute(path, old.get(), oldPolicies, ChangeKind.REMOVED);
            } else {
                attributePair(path, old.get(), now.get());
            }
        }
    }

    private void compareBlocks(HclBody oldBody, HclBody newBody, String prefix) {
        Map<String, List<HclBlock>> oldGroups = groups(oldBody);
        Map<String, List<HclBlock>> newGroups = groups(newBody);
        Set<String> keys = new LinkedHashSet<>(oldGroups.keySet());
        keys.addAll(newGroups.keySet());
        for (String key : keys) {
            List<HclBlock> olds = oldGroups.getOrDefault(key, List.of());
            List<HclBlock> news = newGroups.getOrDefault(key, List.of());
            boolean numbered = olds.size() > 1 || news.size() > 1;
            for (int i = 0; i < Math.max(olds.size(), news.size()); i++) {
                String path = prefix + key + (numbered ? "#" + (i + 1) : "");
                if (i >= olds.size()) {
                    oneSidedBlock(path, news.get(i), newPolicies, ChangeKind.ADDED);
                } else if (i >= news.size()) {
                    oneSidedBlock(path, olds.get(i), oldPolicies, ChangeKind.REMOVED);
                } else {
                    compare(olds.get(i).body(), news.get(i).body(), path + ".");
                }
            }
        }
    }

    private void attributePair(String path, HclAttribute old, HclAttribute now) {
        Optional<PolicyDocument> oldPolicy = oldPolicies.read(old.expression().value());
        Optional<PolicyDocument> newPolicy = newPolicies.read(now.expression().value());
        String oldText = old.expression().text();
        String newText = now.expression().text();
        boolean sameTokens = oldText.equals(newText) || NormalizedTokens.of(oldText).equals(NormalizedTokens.of(newText));
        if (oldPolicy.isPresent() && newPolicy.isPresent()) {
            PolicyComparison comparison = AccessDiffer.compare(path, oldPolicy.get(), newPolicy.get());
            if (comparison.label() != ChangeLabel.FORMATTING_ONLY || !sameTokens) {
                attributes.add(new AttributeChange(path, ChangeKind.CHANGED, comparison.label()));
                access.addAll(comparison.changes());
            }
        } else if (!sameTokens) {
            attributes.add(new AttributeChange(path, ChangeKind.CHANGED, ChangeLabel.CHANGED));
        }
    }

    private void oneSidedAttribute(String path, HclAttribute attribute, PolicyReader policies, ChangeKind kind) {
        Optional<PolicyDocument> policy = policies.read(attribute.expression().value());
        List<AccessChange> changes = policy.map(p -> AccessDiffer.whole(path, p, kind)).orElse(List.of());
        attributes.add(new AttributeChange(path, kind, changes.isEmpty() ? ChangeLabel.CHANGED : ChangeLabel.ACCESS_CHANGED));
        access.addAll(changes);
    }

    private void oneSidedBlock(String path, HclBlock block, PolicyReader policies, ChangeKind kind) {
        List<AccessChange> changes = new ArrayList<>();
        policiesIn(block.body(), path + ".", policies, kind, changes);
        attributes.add(new AttributeChange(path, kind, changes.isEmpty() ? ChangeLabel.CHANGED : ChangeLabel.ACCESS_CHANGED));
        access.addAll(changes);
    }

    /** The access every policy in a body grants, as added or removed: for a block that exists on one side only. */
    static void policiesIn(HclBody body, String prefix, PolicyReader policies, ChangeKind kind, List<AccessChange> into) {
        for (HclAttribute attribute : body.attributes()) {
            policies.read(attribute.expression().value())
                    .ifPresent(p -> into.addAll(AccessDiffer.whole(prefix + attribute.name(), p, kind)));
        }
        for (HclBlock nested : body.blocks()) {
            policiesIn(nested.body(), prefix + nested.type() + ".", policies, kind, into);
        }
    }

    private static Map<String, List<HclBlock>> groups(HclBody body) {
        Map<String, List<HclBlock>> groups = new LinkedHashMap<>();
        for (HclBlock block : body.blocks()) {
            StringBuilder key = new StringBuilder(block.type());
            block.labels().forEach(l -> key.append('.').append(l));
            groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(block);
        }
        return groups;
    }
}
