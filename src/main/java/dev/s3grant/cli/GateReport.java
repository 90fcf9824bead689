package dev.s3grant.cli;

import dev.s3grant.app.GateVerdict;
import dev.s3grant.text.Localizer;

/** The lines {@code compare --fail-on broadening} adds after the comparison, and its exit code. */
final class GateReport {

    /** The exit code of a comparison that allows more. */
    static final int BROADENED = 3;

    private GateReport() {
    }

    static int print(GateVerdict verdict, boolean allowUnknown, CommandConsole console) {
        Localizer l = console.localizer();
        StringBuilder text = new StringBuilder();
        for (GateVerdict.Broadening b : verdict.broadenings()) {
            text.append(b.request().isEmpty()
                    ? l.format("diff.gate.denyRemoved", b.place())
                    : l.format("diff.gate.broadened", b.place(), b.request())).append('\n');
        }
        for (String place : verdict.unknown()) {
            text.append(l.format(allowUnknown ? "diff.gate.unknown.allowed" : "diff.gate.unknown", place)).append('\n');
        }
        GateVerdict.Kind kind = verdict.kind(allowUnknown);
        text.append(l.format(switch (kind) {
            case BROADENED -> "diff.gate.verdict.broadened";
            case UNKNOWN -> "diff.gate.verdict.unknown";
            case NARROWED -> "diff.gate.verdict.narrowed";
            case UNCHANGED -> "diff.gate.verdict.unchanged";
        })).append('\n');
        console.print(text.toString());
        return exitCode(verdict, allowUnknown);
    }

    /** 3 when broadened (or undecided and not allowed), 0 otherwise. */
    static int exitCode(GateVerdict verdict, boolean allowUnknown) {
        GateVerdict.Kind kind = verdict.kind(allowUnknown);
        return kind == GateVerdict.Kind.BROADENED || kind == GateVerdict.Kind.UNKNOWN ? BROADENED : ExitCodes.OK;
    }
}
