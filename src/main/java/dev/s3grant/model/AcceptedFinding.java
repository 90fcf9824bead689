package dev.s3grant.model;

import java.util.Objects;

/**
 * A finding the design's authors accepted: the finding with this {@code code} at this
 * {@code location} (its located text, as the reports print it) is reported as suppressed with the
 * {@code reason}, never hidden; an accepted ERROR still stops {@code generate}
 * (docs/decisions/0036-accepted-findings.md).
 */
public record AcceptedFinding(String code, String location, String reason) {

    public AcceptedFinding {
        code = Objects.requireNonNullElse(code, "");
        location = Objects.requireNonNullElse(location, "");
        reason = Objects.requireNonNullElse(reason, "");
    }
}
