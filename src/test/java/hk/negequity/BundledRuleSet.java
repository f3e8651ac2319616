package hk.negequity;

import hk.negequity.advice.AdviceAnswer;
import hk.negequity.advice.AdviceItem;
import hk.negequity.advice.AdviceService;
import hk.negequity.advice.PreApprovalAnswer;
import hk.negequity.advice.PreApprovalService;
import hk.negequity.advice.Presentation;
import hk.negequity.facts.Advice;
import hk.negequity.engine.Evaluation;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSet;
import hk.negequity.engine.RuleSetException;
import hk.negequity.engine.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The real rule set from the project's rules/ directory, compiled once for the whole test run. */
public final class BundledRuleSet {

    public static final Path RULES = Path.of("rules");

    private static RuleSet ruleSet;

    private BundledRuleSet() {
    }

    public static synchronized RuleSet get() {
        if (ruleSet == null) {
            try {
                ruleSet = new RuleSetLoader(Clock.systemUTC()).load(RULES);
            } catch (RuleSetException e) {
                throw new AssertionError("rules/ does not load:\n" + e.getMessage(), e);
            }
        }
        return ruleSet;
    }

    public static Evaluation evaluate(Borrowers borrower) {
        return new RuleEngine().evaluate(get(), borrower.request());
    }

    /** The answer to the case, in English, as the advice endpoint gives it. */
    public static AdviceAnswer advise(Borrowers borrower) {
        return new AdviceService(BundledRuleSet::get, new RuleEngine()).advise(borrower.request(), Presentation.ENGLISH);
    }

    /** The first advice item with this code in the case's answer, worded in English as the endpoint words it. */
    public static AdviceItem item(Borrowers borrower, String code) {
        return advise(borrower).advice().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    /** The English message of the first advice item with this code in the case's answer. */
    public static String message(Borrowers borrower, String code) {
        return item(borrower, code).message();
    }

    /** A broker's pre-approval of the case, as the endpoint answers it. */
    public static PreApprovalAnswer preApprove(Borrowers borrower) {
        return new PreApprovalService(BundledRuleSet::get, new RuleEngine()).preApprove(borrower.request(), Presentation.ENGLISH);
    }

    /** The facts a pre-approval names as missing (PRE_APPROVAL_INCOMPLETE), by their paths. */
    public static List<String> missingFacts(PreApprovalAnswer answer) {
        return answer.advice().stream().filter(a -> a.code().equals("PRE_APPROVAL_INCOMPLETE"))
                .flatMap(a -> ((List<?>) a.figures().get("missingFacts")).stream()).map(String::valueOf).toList();
    }

    public static Evaluation evaluatePreApproval(Borrowers borrower) {
        return new RuleEngine().evaluate(get(), borrower.request(), RuleEngine.Purpose.PRE_APPROVAL);
    }

    public static List<String> codes(Borrowers borrower) {
        return evaluate(borrower).codes();
    }

    public static Optional<Advice> advice(Borrowers borrower, String code) {
        return evaluate(borrower).advice().stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
