package hk.negequity.explain;

import java.util.List;
import java.util.Map;

/**
 * Why the advice is what it is: for each rule that fired, its conditions with their values; the rules that
 * were checked but did not fire, with the first condition that failed; and the facts whose absence kept
 * rules from deciding, with the codes each would unlock, most useful first.
 */
public record Explanation(Map<String, List<Condition>> because, List<NotFired> notFired, List<Need> needs) {

    /** An advice rule that did not fire, and why. */
    public record NotFired(String rule, String code, String file, int line, Condition firstFailed,
                           List<String> missingFacts) {
    }

    /**
     * A fact to ask the borrower for: the advice codes it would let the rules decide ({@code unlocks}: advice not in
     * the answer yet), those whose wording it would change ({@code changesWording}: advice already given, or a code
     * another of whose wordings waits for less), and the advice in the answer whose rule read what stands in for it
     * ({@code mayChange}: giving the fact may withdraw that advice or change its figures or words).
     */
    public record Need(String fact, List<String> unlocks, List<String> changesWording, List<String> mayChange) {
    }
}
