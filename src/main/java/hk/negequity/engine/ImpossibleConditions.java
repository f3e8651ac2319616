package hk.negequity.engine;

import hk.negequity.explain.ContradictoryBounds;
import hk.negequity.explain.RuleModel;
import hk.negequity.explain.RuleModels;
import java.util.List;

/**
 * A rule whose own conditions contradict each other (a threshold mistyped: {@code ltvPct > 80, ltvPct < 9}) can never
 * fire, and a {@code not} of such a pattern always holds: the compiler accepts both, and the advice would silently be
 * lost. Reported at the pattern's line, with the two conditions.
 */
final class ImpossibleConditions {

    private ImpossibleConditions() {
    }

    static void check(RuleModels models, List<RuleProblem> problems) {
        for (RuleModel rule : models.all()) {
            for (ContradictoryBounds.Contradiction found : ContradictoryBounds.of(rule)) {
                problems.add(new RuleProblem(rule.file(), found.line(), "rule \"" + rule.name() + "\": "
                        + found.first() + " and " + found.second() + " cannot both hold, so "
                        + (found.negated() ? "this 'not' always holds" : "this rule can never fire")));
            }
        }
    }
}
