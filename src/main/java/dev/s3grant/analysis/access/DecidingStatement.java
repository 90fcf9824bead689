package dev.s3grant.analysis.access;

import dev.s3grant.policy.Effect;
import java.util.Objects;

/**
 * A statement that took part in a decision: its document, its Sid ({@code [N]}, its 1-based position,
 * when it has none) and its effect.
 */
public record DecidingStatement(String document, String sid, Effect effect) {

    public DecidingStatement {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(effect, "effect");
    }

    /** {@code document#Sid}. */
    public String label() {
        return document + "#" + sid;
    }
}
