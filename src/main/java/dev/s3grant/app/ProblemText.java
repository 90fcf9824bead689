package dev.s3grant.app;

import dev.s3grant.io.InputProblem;
import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;

/** One line that says what is wrong with an input, where, and in the user's language. */
public final class ProblemText {

    private ProblemText() {
    }

    /**
     * {@code file:line:column: message} for a problem inside a file; a problem with the file as a
     * whole has no position, and its message names the file itself.
     */
    public static String describe(InputProblem problem, Language language) {
        String message = Localizer.of(language).render(problem.message());
        if (!problem.hasPosition()) {
            return message;
        }
        return problem.file() + ":" + problem.line() + ":" + problem.column() + ": " + message;
    }
}
