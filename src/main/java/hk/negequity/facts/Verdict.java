package hk.negequity.facts;

import java.util.List;

/** The verdict the rules reached, and the advice that decided it. */
public record Verdict(VerdictOutcome outcome, List<Advice> reasons) {

    public Verdict {
        reasons = reasons.stream().map(Advice.class::cast).sorted(Advice.PRIORITY).toList();
    }

    /** From a rule: {@code insert(Verdict.of(VerdictOutcome.DECLINE, $reasons))}. */
    public static Verdict of(VerdictOutcome outcome, List<?> reasons) {
        return new Verdict(outcome, reasons.stream().map(Advice.class::cast).toList());
    }
}
