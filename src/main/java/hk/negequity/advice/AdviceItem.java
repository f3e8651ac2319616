package hk.negequity.advice;

import hk.negequity.facts.Category;
import hk.negequity.facts.Severity;
import java.util.List;
import java.util.Map;

/**
 * One piece of advice as a client receives it: the rule's code and severity, its text in the reader's
 * language with their figures filled in, the next steps, the figures themselves, and the basis for it.
 * With explanations, also the rule's file and line and {@code because}: each of its conditions with the
 * borrower's value and the threshold.
 */
public record AdviceItem(String code, Category category, Severity severity, String title, String message,
                         List<String> actions, Map<String, Object> figures, String source, String rule,
                         String file, Integer line, List<Views.ConditionView> because) {
}
