package hk.negequity.engine;

import java.util.List;

/** The rules fired more often than one evaluation may: a loop in the rule files, not a problem of the request. */
public final class FiringLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int limit;
    private final transient List<String> lastRules;

    public FiringLimitExceededException(int limit, List<String> lastRules) {
        super("rule firing limit of " + limit + " per evaluation reached; last rules fired: " + lastRules);
        this.limit = limit;
        this.lastRules = List.copyOf(lastRules);
    }

    public int limit() {
        return limit;
    }

    public List<String> lastRules() {
        return lastRules;
    }
}
