package dev.s3grant.map;

import dev.s3grant.document.BlockRole;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.ExistingMerge;
import dev.s3grant.policy.Principal;
import dev.s3grant.policy.Statement;
import dev.s3grant.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The principals that the statements kept from an existing bucket policy allow (decision 0029): the
 * design does not know them, so each is a box marked {@link MapMark#FOREIGN}, pointing at the
 * statements that name it (at the bucket policy resource for a statement without a Sid).
 */
final class ForeignNodes {

    static final String PREFIX = "foreign/";

    private ForeignNodes() {
    }

    static List<MapNode> of(Design design, String bucketPolicyFile, MapTexts texts, MapTargets targets) {
        if (!design.existing().hasBucketPolicy()) {
            return List.of();
        }
        Map<String, List<ElementTarget>> byPrincipal = new TreeMap<>();
        for (Statement statement : ExistingMerge.bucket(design).kept()) {
            if (statement.effect() != Effect.Allow || statement.principal() == null) {
                continue;
            }
            // a statement without a Sid is no element of the file: its bucket policy resource stands for it
            List<ElementTarget> statementTarget = targets.statement(bucketPolicyFile, statement.sid())
                    .map(List::of).orElseGet(() -> targets.blocks(BlockRole.BUCKET_POLICY, OptionalInt.empty()));
            for (String principal : principals(statement.principal())) {
                byPrincipal.merge(principal, statementTarget, MapTargets::concat);
            }
        }
        List<MapNode> nodes = new ArrayList<>();
        byPrincipal.forEach((principal, statementTargets) -> nodes.add(new MapNode(PREFIX + principal,
                BoxKind.FOREIGN_PRINCIPAL, principal, List.of(texts.foreign()), statementTargets, MapMark.FOREIGN,
                List.of())));
        return List.copyOf(nodes);
    }

    private static List<String> principals(Principal principal) {
        if (principal.wildcard()) {
            return List.of("*");
        }
        List<String> all = new ArrayList<>();
        principal.values().values().forEach(all::addAll);
        return all;
    }
}
