package hk.negequity.policy;

import java.util.ArrayList;
import java.util.List;

/** Problems found in the policy tables, each as file, line and message. */
public final class PolicyProblems {

    /** One problem; the engine turns it into its own {@code file:line: message} report. */
    public record Problem(String file, int line, String message) {
    }

    private final List<Problem> problems = new ArrayList<>();

    public void add(String file, int line, String message) {
        problems.add(new Problem(file, line, message));
    }

    public List<Problem> list() {
        return List.copyOf(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }
}
