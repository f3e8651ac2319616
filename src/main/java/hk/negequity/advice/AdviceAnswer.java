package hk.negequity.advice;

import hk.negequity.figures.Figures;
import java.util.List;

/** The answer to POST /v1/advice. */
public record AdviceAnswer(String rulesetVersion, String asOf, Figures figures, List<AdviceItem> advice) {
}
