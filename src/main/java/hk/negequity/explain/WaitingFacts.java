package hk.negequity.explain;

import hk.negequity.facts.WaitsForFacts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why a rule's {@code not X()} is undecided rather than false: every {@code X} there is stands for facts the
 * borrower has not given yet ({@link WaitsForFacts}), so giving them is what decides the rule.
 */
final class WaitingFacts {

    private WaitingFacts() {
    }

    /**
     * The borrower's facts a {@code not} over {@code children} waits for: those not given that its facts stand for;
     * none when it is not a single pattern of such facts. A pattern with constraints ({@code not
     * SpecialSchemePossible( waitsFor("property.completed") )}) waits for what every fact of its type stands for:
     * any of them, given, may take away the fact that matched.
     */
    static Set<String> of(List<Element> children, EvaluationFacts facts) {
        if (children.size() != 1 || !(children.get(0) instanceof Element.Pattern pattern)
                || pattern.from() != null || pattern.collectOf() != null) {
            return Set.of();
        }
        List<Object> present = facts.ofType(pattern.type());
        Set<String> waiting = new LinkedHashSet<>();
        for (Object fact : present) {
            if (!(fact instanceof WaitsForFacts stand)) {
                return Set.of(); // one that stands for nothing missing: the absence is decided against
            }
            stand.waitingFor().stream().filter(path -> !InputPaths.isGiven(facts.givenBits(), path))
                    .forEach(waiting::add);
        }
        return waiting;
    }
}
