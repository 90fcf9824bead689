package dev.s3grant.io;

/** An input the product cannot use. Carries a problem to show the user, never a stack trace. */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient InputProblem problem;

    public InputException(InputProblem problem) {
        super(problem.message().key(), null, false, false);
        this.problem = problem;
    }

    public InputProblem problem() {
        return problem;
    }
}
