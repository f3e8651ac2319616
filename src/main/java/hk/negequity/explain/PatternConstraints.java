package hk.negequity.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * A pattern's constraints checked on one candidate fact, in order, as Drools reads them: each binding is made as
 * it comes, and the first constraint found false ends the check.
 */
final class PatternConstraints {

    private final EvaluationFacts facts;
    private final boolean describing;

    /** @param describing whether each condition is kept with its text, values and thresholds, or its truth alone */
    PatternConstraints(EvaluationFacts facts, boolean describing) {
        this.facts = facts;
        this.describing = describing;
    }

    /** The truth of every constraint of {@code pattern} on the fact {@code local} is on; each is added to {@code out}. */
    Truth check(RuleModel rule, Element.Pattern pattern, Evaluator evaluator, Scope local, List<Condition> out) {
        Truth truth = Truth.TRUE;
        for (Expr constraint : pattern.constraints()) {
            Expr condition = constraint;
            if (constraint instanceof Expr.Binding binding) {
                local.bind(binding.variable(), evaluator.value(binding.field(), local));
                if (!binding.isCondition()) {
                    continue;
                }
                condition = binding.expr();
            }
            Evaluator.Outcome outcome = evaluator.truth(condition, local);
            out.add(describing ? Conditions.of(rule, pattern, condition, outcome, evaluator, local)
                    : Conditions.bare(rule, pattern, outcome));
            truth = truth.and(outcome.truth());
            if (truth == Truth.FALSE) {
                break;
            }
        }
        return truth;
    }

    /** What {@code collect( inner )} gathers: the facts of its type on which all its constraints are true. */
    List<Object> collect(RuleModel rule, Element.Pattern inner, Evaluator evaluator, Scope scope) {
        List<Object> matches = new ArrayList<>();
        for (Object candidate : facts.ofType(inner.type())) {
            Scope local = scope.on(candidate, inner.type());
            if (check(rule, inner, evaluator, local, new ArrayList<>()) == Truth.TRUE) {
                matches.add(candidate);
            }
        }
        return matches;
    }
}
