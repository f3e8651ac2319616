package hk.negequity.advice;

import hk.negequity.facts.VerdictOutcome;
import hk.negequity.figures.Figures;
import java.util.List;

/**
 * The answer to POST /v1/pre-approval: the verdict and the advice that decided it, the regime and limit
 * applied, the largest loan allowed, and everything /v1/advice gives. Limit figures the case does not
 * allow to compute are left out.
 *
 * @param maxLoanDrivenBy which limit sets {@code maxLoan}: {@code LTV} or {@code DSR}
 */
public record PreApprovalAnswer(String rulesetVersion, String asOf, String language, VerdictOutcome verdict,
                                List<AdviceItem> reasons, RegimeApplied regime, LimitApplied limit, Double maxLtvPct,
                                Double maxLoan, Double maxLoanByLtv, Double maxLoanByDsr, String maxLoanDrivenBy,
                                Figures figures, List<AdviceItem> advice, List<Views.NeedView> needs,
                                List<Views.NotFiredView> notFired) {

    /** The HKMA regime whose limits applied, and why it was chosen. */
    public record RegimeApplied(String id, String effectiveDate, String source, String regimeDate, String basis) {
    }

    /** The LTV limit that applied: the HKMA's, mortgage insurance's or a special scheme's, and which table row. */
    public record LimitApplied(String kind, String table, double maxLtvPct, String source) {
    }
}
