package hk.negequity.explain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A rule's conditions as they stood for one request, in order, and whether the rule as a whole held. */
public record RuleTrace(RuleModel rule, Truth truth, List<Condition> conditions) {

    /**
     * The condition that stopped the rule: the first that was false when the rule decided not to fire, else
     * the first that could not be decided; null if all held.
     */
    public Condition firstFailed() {
        Truth wanted = truth == Truth.FALSE ? Truth.FALSE : Truth.UNKNOWN;
        return conditions.stream().filter(c -> c.truth() == wanted).findFirst()
                .orElse(conditions.stream().filter(c -> c.truth() != Truth.TRUE).findFirst().orElse(null));
    }

    /** The borrower's facts whose absence kept the rule from deciding; empty when it decided. */
    public Set<String> missing() {
        Set<String> missing = new LinkedHashSet<>();
        if (truth == Truth.UNKNOWN) {
            conditions.stream().filter(c -> c.truth() == Truth.UNKNOWN).forEach(c -> missing.addAll(c.missing()));
        }
        return missing;
    }
}
