package hk.negequity.advice;

import hk.negequity.facts.Advice;
import java.util.List;

/** Told of every evaluation: for metrics. Never given the request, whose facts are the borrower's. */
public interface EvaluationObserver {

    EvaluationObserver NONE = (kind, rulesetVersion, nanos, advice) -> { };

    /** The kinds of evaluation there are. */
    String ADVICE = "advice";
    String PRE_APPROVAL = "pre-approval";
    List<String> KINDS = List.of(ADVICE, PRE_APPROVAL);

    /**
     * @param kind  one of {@link #KINDS}
     * @param nanos how long the evaluation (figures, rules, words) took
     */
    void evaluated(String kind, String rulesetVersion, long nanos, List<Advice> advice);
}
