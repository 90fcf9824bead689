package dev.s3grant.app;

import dev.s3grant.explain.Localizer;
import dev.s3grant.io.InputProblem;
import dev.s3grant.model.Language;

/** One line that says what is wrong with an input, where, and in the user's language. */
public final class ProblemText {

    private ProblemText() {
    }

    /** {@code file:line:column: message}, or {@code file: message} when there is no position. */
    public static String describe(InputProblem problem, Language language) {
        String message = Localizer.of(language).render(problem.message());
        String where = problem.file();
        if (problem.hasPosition()) {
            where += ":" + problem.line() + ":" + problem.column();
        }
        return where + ": " + message;
    }
}
