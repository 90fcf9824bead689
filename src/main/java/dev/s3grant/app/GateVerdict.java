package dev.s3grant.app;

import java.util.List;

/**
 * The answer of {@link AccessGate}: the policies whose new version allows a request the old did
 * not (with one such request), the policies whose access cannot be decided exactly, and whether
 * any policy now allows less.
 */
public record GateVerdict(List<Broadening> broadenings, List<String> unknown, boolean narrowed) {

    public GateVerdict {
        broadenings = List.copyOf(broadenings);
        unknown = List.copyOf(unknown);
    }

    /** A policy that allows more, by where it is attached, and a request only the new version allows. */
    public record Broadening(String place, String request) {
    }

    public enum Kind { BROADENED, UNKNOWN, NARROWED, UNCHANGED }

    /** The overall label; unknown places count as broadening unless {@code allowUnknown}. */
    public Kind kind(boolean allowUnknown) {
        if (!broadenings.isEmpty()) {
            return Kind.BROADENED;
        }
        if (!unknown.isEmpty() && !allowUnknown) {
            return Kind.UNKNOWN;
        }
        return narrowed ? Kind.NARROWED : Kind.UNCHANGED;
    }
}
