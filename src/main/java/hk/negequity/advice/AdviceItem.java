package hk.negequity.advice;

import hk.negequity.facts.Category;
import hk.negequity.facts.Severity;
import java.util.List;
import java.util.Map;

/**
 * One piece of advice as a client receives it: the rule's code and severity, its text in the reader's
 * language with their figures filled in, the figures themselves, and the basis for it.
 */
public record AdviceItem(String code, Category category, Severity severity, String title, String message,
                         List<String> actions, Map<String, Object> figures, String source, String rule) {
}
