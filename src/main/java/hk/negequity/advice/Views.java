package hk.negequity.advice;

import hk.negequity.explain.Condition;
import hk.negequity.explain.Explanation;
import hk.negequity.messages.MessageCatalogue;
import java.util.List;

/** How explanations appear in answers. */
public final class Views {

    private Views() {
    }

    /**
     * A rule condition as it stood: {@code text} shows it with the values, {@code result} is TRUE, FALSE,
     * or UNKNOWN when a fact it needs is missing ({@code missingFacts}).
     */
    public record ConditionView(String condition, String fact, Object value, String operator, Object threshold,
                                String result, String text, Integer line, List<String> missingFacts) {

        static ConditionView of(Condition condition) {
            if (condition == null) {
                return null;
            }
            return new ConditionView(condition.condition(), condition.fact(), condition.value(), condition.operator(),
                    condition.threshold(), condition.truth().name(), condition.shown(), condition.line(),
                    condition.missing().isEmpty() ? null : List.copyOf(condition.missing()));
        }
    }

    /** A rule checked that did not fire, and the first condition that failed. */
    public record NotFiredView(String rule, String code, String file, int line, ConditionView firstFailed,
                               List<String> missingFacts) {

        static NotFiredView of(Explanation.NotFired notFired) {
            return new NotFiredView(notFired.rule(), notFired.code(), notFired.file(), notFired.line(),
                    ConditionView.of(notFired.firstFailed()),
                    notFired.missingFacts().isEmpty() ? null : notFired.missingFacts());
        }
    }

    /**
     * A fact to ask for next, the codes it would let the rules decide, those whose wording it would change and those
     * in the answer it may change or withdraw (each left out when none), and how to ask for it.
     */
    public record NeedView(String fact, List<String> unlocks, List<String> changesWording, List<String> mayChange,
                           String question) {

        static NeedView of(Explanation.Need need, MessageCatalogue catalogue) {
            return new NeedView(need.fact(), need.unlocks(),
                    need.changesWording().isEmpty() ? null : need.changesWording(),
                    need.mayChange().isEmpty() ? null : need.mayChange(),
                    catalogue.question(need.fact()).orElse(null));
        }
    }
}
