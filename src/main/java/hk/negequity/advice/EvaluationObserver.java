package hk.negequity.advice;

import hk.negequity.facts.Advice;
import java.util.List;

/** Told of every evaluation: for metrics. Never given the request, whose facts are the borrower's. */
public interface EvaluationObserver {

    EvaluationObserver NONE = (kind, rulesetVersion, nanos, advice) -> { };

    /**
     * @param kind  {@code advice} or {@code pre-approval}
     * @param nanos how long the evaluation (figures, rules, words) took
     */
    void evaluated(String kind, String rulesetVersion, long nanos, List<Advice> advice);
}
