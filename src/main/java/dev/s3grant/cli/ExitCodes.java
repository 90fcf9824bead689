package dev.s3grant.cli;

/** The CLI's exit codes. */
final class ExitCodes {

    static final int OK = 0;
    /** A negative answer: an ERROR finding, a denied request, a difference. */
    static final int NEGATIVE = 1;
    /** Unusable input or an output error. */
    static final int UNUSABLE_INPUT = 2;

    private ExitCodes() {
    }
}
