package hk.negequity.advice;

import hk.negequity.figures.Figures;
import java.util.List;

/**
 * The answer to POST /v1/advice. {@code needs} lists the facts to ask for next; {@code notFired}, only
 * with explanations, the advice rules checked that did not fire and why.
 */
public record AdviceAnswer(String rulesetVersion, String asOf, String language, Figures figures,
                           List<AdviceItem> advice, List<Views.NeedView> needs, List<Views.NotFiredView> notFired) {
}
