package hk.negequity.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule directory that cannot be loaded, with every problem found in it. */
public final class RuleSetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
