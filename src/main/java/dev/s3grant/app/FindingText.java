package dev.s3grant.app;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Message;
import java.util.function.Function;

/** One finding as one line, as {@code validate} prints it: {@code SEVERITY CODE location: message}. */
public final class FindingText {

    private FindingText() {
    }

    /** The line, with the message rendered by {@code render} (the command line's or the window's renderer). */
    public static String line(Finding finding, Function<Message, String> render) {
        return finding.severity() + " " + finding.code() + " " + finding.location().text() + ": " + render.apply(finding.message());
    }
}
