package hk.negequity.http;

import hk.negequity.advice.Problem;

/** Ends a request with a problem answer. */
final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    ProblemException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
