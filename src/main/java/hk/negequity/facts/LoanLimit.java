package hk.negequity.facts;

/**
 * The largest loan the applicable LTV limit allows for this lending base.
 *
 * @param maxLtvPct the limit as a percent of the lending base (for a loan-cap band, cap ÷ base)
 */
public record LoanLimit(LimitKind kind, String table, double maxLoan, double maxLtvPct, String source) {

    /** A limit of {@code maxLoan} on {@code lendingBase}. */
    public static LoanLimit of(LimitKind kind, String table, double maxLoan, double lendingBase, String source) {
        return new LoanLimit(kind, table, maxLoan, maxLoan * 100 / lendingBase, source);
    }
}
