package hk.negequity.properties;

import hk.negequity.BundledRuleSet;
import hk.negequity.advice.AdviceAnswer;
import hk.negequity.advice.AdviceItem;
import hk.negequity.advice.AnswerJson;
import hk.negequity.advice.PreApprovalAnswer;
import hk.negequity.advice.PreApprovalService;
import hk.negequity.advice.AdviceService;
import hk.negequity.advice.Presentation;
import hk.negequity.engine.RuleEngine;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a property over generated cases, each from its own seed, so that a failure names the one case (its
 * JSON, the seed and index) that breaks it and can be replayed alone.
 */
final class Properties {

    /** Cases per property: thousands, and still a few seconds. */
    static final int CASES = 3_000;

    static final AdviceService ADVICE = new AdviceService(BundledRuleSet::get, new RuleEngine());
    static final PreApprovalService PRE_APPROVAL = new PreApprovalService(BundledRuleSet::get, new RuleEngine());

    private Properties() {
    }

    /** Checks {@code property} on {@link #CASES} cases drawn with {@code seed}; returns how many ran. */
    static int forAll(long seed, Consumer<FactSpace.Case> property) {
        return forAll(seed, CASES, property);
    }

    /** Checks {@code property} on {@code cases} cases drawn with {@code seed}. */
    static int forAll(long seed, int cases, Consumer<FactSpace.Case> property) {
        FactSpace space = new FactSpace(seed);
        for (int i = 0; i < cases; i++) {
            FactSpace.Case generated = space.next();
            try {
                property.accept(generated);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("case " + i + " of seed " + seed + ": " + generated + "\n" + e.getMessage(), e);
            }
        }
        return cases;
    }

    static AdviceAnswer advise(FactSpace.Case c) {
        return ADVICE.advise(c.request(), Presentation.ENGLISH);
    }

    static PreApprovalAnswer preApprove(FactSpace.Case c) {
        return PRE_APPROVAL.preApprove(c.request(), Presentation.ENGLISH);
    }

    static List<String> codes(List<AdviceItem> advice) {
        return advice.stream().map(AdviceItem::code).toList();
    }

    static String json(Object answer) {
        return new String(AnswerJson.bytes(answer), java.nio.charset.StandardCharsets.UTF_8);
    }
}
