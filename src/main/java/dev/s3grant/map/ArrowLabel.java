package dev.s3grant.map;

import java.util.List;

/**
 * The label of an arrow: the request, then the statements that allow it by Sid; with more than
 * {@value #MAX_NAMED} statements, their number instead, so a group's arrow stays short. A Sid that
 * several statements share (the same statement in each writer's file) is named once.
 */
final class ArrowLabel {

    static final int MAX_NAMED = 3;

    private ArrowLabel() {
    }

    static String of(String action, List<ElementTarget> allowedBy, MapTexts texts) {
        if (allowedBy.isEmpty()) {
            return action + " " + texts.text("map.arrow.noStatement");
        }
        if (allowedBy.size() > MAX_NAMED) {
            return action + " " + texts.statements(allowedBy.size());
        }
        // a group's writers have statements of one Sid in files of their own: the label names it once
        return action + " (" + String.join(", ", allowedBy.stream().map(ElementTarget::element).distinct().toList()) + ")";
    }
}
