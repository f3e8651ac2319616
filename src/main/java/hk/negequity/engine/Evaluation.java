package hk.negequity.engine;

import hk.negequity.facts.Advice;
import hk.negequity.figures.Figures;
import hk.negequity.model.AdviceRequest;
import java.util.List;

/** What one evaluation produced: the figures handed to the rules, and the advice they gave, in priority order. */
public record Evaluation(String rulesetVersion, AdviceRequest request, Figures figures, List<Advice> advice,
                         List<Object> otherFacts) {

    public Evaluation {
        advice = List.copyOf(advice);
        otherFacts = List.copyOf(otherFacts);
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
