package hk.negequity.engine;

import hk.negequity.facts.Advice;
import hk.negequity.figures.Figures;
import hk.negequity.model.AdviceRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one evaluation produced: the figures handed to the rules, the advice they gave in priority order,
 * the other facts they inserted, and which rules fired when.
 *
 * @param inputFacts the facts handed to the session: the request's parts, the figures, the date
 * @param inserted   every fact the rules inserted, in the order they did
 * @param firedAt    for each rule that fired, how many of {@code inserted} existed when it fired
 */
public record Evaluation(String rulesetVersion, AdviceRequest request, Figures figures, List<Advice> advice,
                         List<Object> otherFacts, List<Object> inputFacts, List<Object> inserted,
                         Map<String, Integer> firedAt, RuleEngine.Purpose purpose) {

    public Evaluation {
        advice = List.copyOf(advice);
        otherFacts = List.copyOf(otherFacts);
        inputFacts = List.copyOf(inputFacts);
        inserted = List.copyOf(inserted);
        firedAt = Map.copyOf(firedAt);
    }

    public Set<String> firedRules() {
        return firedAt.keySet();
    }

    /** The first fact of a type the rules inserted (a verdict, a regime...), if any. */
    public <T> java.util.Optional<T> fact(Class<T> type) {
        return otherFacts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Every fact of a type the rules inserted. */
    public <T> List<T> facts(Class<T> type) {
        return otherFacts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<String> codes() {
        return advice.stream().map(Advice::code).toList();
    }
}
