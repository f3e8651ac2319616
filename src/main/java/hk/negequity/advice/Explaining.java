package hk.negequity.advice;

import hk.negequity.engine.Evaluation;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSet;
import hk.negequity.explain.EvaluationFacts;
import hk.negequity.explain.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the explainer over an evaluation: always for what to ask next, in full when asked to explain. */
final class Explaining {

    private Explaining() {
    }

    static Explanation explain(RuleSet ruleSet, Evaluation evaluation, boolean full) {
        Map<String, Object> globals = ruleSet.usesPolicyGlobal()
                ? Map.of(RuleSet.POLICY_GLOBAL, ruleSet.policy()) : Map.of();
        return ruleSet.explainer().explain(factsUpTo(evaluation, evaluation.inserted().size(), globals),
                rule -> factsUpTo(evaluation, evaluation.firedAt().get(rule), globals),
                evaluation.firedRules(), evaluation.purpose() == RuleEngine.Purpose.PRE_APPROVAL, full);
    }

    /**
     * The facts as they stood after the first {@code count} insertions: a rule that fired is explained by
     * what it saw then (a fact it inserted itself must not count against its own {@code not}).
     */
    static EvaluationFacts factsUpTo(Evaluation evaluation, int count, Map<String, Object> globals) {
        List<Object> facts = new ArrayList<>(evaluation.inputFacts());
        facts.addAll(evaluation.inserted().subList(0, count));
        return new EvaluationFacts(evaluation.request(), facts, globals);
    }
}
