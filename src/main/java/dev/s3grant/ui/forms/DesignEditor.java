package dev.s3grant.ui.forms;

import dev.s3grant.model.Design;
import java.util.function.UnaryOperator;

/**
 * Where form edits go. {@code origin} names what the user edited (a field path such as
 * {@code writers[0].accountId}); the origin's own control is not refreshed from the new design, so
 * typing is never disturbed. With {@code typing}, consecutive edits of one origin become one undo step.
 */
public interface DesignEditor {

    void edit(String origin, boolean typing, UnaryOperator<Design> change);

    default void edit(String origin, UnaryOperator<Design> change) {
        edit(origin, false, change);
    }
}
