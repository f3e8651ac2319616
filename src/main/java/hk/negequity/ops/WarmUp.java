package hk.negequity.ops;

import hk.negequity.advice.Advisor;
import hk.negequity.advice.Presentation;
import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Borrower;
import hk.negequity.model.Employment;
import hk.negequity.model.Loan;
import hk.negequity.model.Property;
import hk.negequity.model.Scenario;
import hk.negequity.model.Scheme;
import hk.negequity.model.Use;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluations run before the service reports ready, so that the first borrower does not pay for class
 * loading and the first rule-network build. The cases are made up; no borrower's data is involved.
 */
public final class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    /** An owner a year into an insured loan, and a buyer applying for one: both sides of the rules. */
    private static final List<AdviceRequest> CASES = List.of(
            new AdviceRequest(LocalDate.of(2026, 1, 1),
                    new Property(6_000_000.0, 5_900_000.0, 4_900_000.0, Use.SELF_USE, true, LocalDate.of(2025, 3, 1),
                            false),
                    new Loan(5_400_000.0, 5_000_000.0, 3.5, 360, 12, Scheme.MORTGAGE_INSURANCE, 0),
                    new Borrower(60_000.0, 0.0, 150_000.0, true, true, Employment.EMPLOYED, false),
                    new Scenario(-10.0)),
            new AdviceRequest(LocalDate.of(2026, 1, 1),
                    new Property(6_000_000.0, 6_000_000.0, null, Use.SELF_USE, true, LocalDate.of(2025, 12, 1), null),
                    new Loan(4_800_000.0, null, 3.25, 360, 0, Scheme.STANDARD, 0),
                    new Borrower(60_000.0, 0.0, 150_000.0, null, null, Employment.EMPLOYED, false),
                    null));

    private WarmUp() {
    }

    /**
     * Both kinds of answer, a pre-approval in both presentations (with and without explanations): enough to load
     * every class on the path and build the rule network's memories; the JIT's work needs real traffic and is not
     * waited for.
     *
     * @return the failure that stopped it, or null
     */
    public static RuntimeException run(Advisor advisor) {
        // Two rounds, not four: the later ones only ran code already loaded, and cost start-up a quarter second.
        for (int i = 0; i < 2; i++) {
            Presentation preApprovalPresentation = new Presentation("zh-HK", i % 2 == 0);
            for (AdviceRequest made : CASES) {
                // A rule set that fails on a made-up case (a loop, no verdict rules) fails the requests that meet
                // it, each with its problem answer: it must not keep the service from starting. One warning.
                RuntimeException failed = warm(() -> advisor.advice().advise(made, Presentation.ENGLISH));
                if (failed == null) {
                    failed = warm(() -> advisor.preApproval().preApprove(made, preApprovalPresentation));
                }
                if (failed != null) {
                    return failed;
                }
            }
        }
        return null;
    }

    /** Whether every made-up case is answered, without a word in the log: a second opinion on a failure. */
    public static boolean answersEveryCase(Advisor advisor) {
        try {
            for (AdviceRequest made : CASES) {
                advisor.advice().advise(made, Presentation.ENGLISH);
                advisor.preApproval().preApprove(made, new Presentation("en", false));
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static RuntimeException warm(Runnable evaluation) {
        try {
            evaluation.run();
            return null;
        } catch (RuntimeException e) {
            LOG.warn("warm-up stopped: the rules failed on its made-up case ({}); requests that meet the same "
                    + "failure get a 500 problem", e.getClass().getSimpleName());
            return e;
        }
    }
}
