package hk.negequity.facts;

import hk.negequity.figures.Decimals;

/**
 * The largest loan the applicable LTV limit allows for this lending base.
 *
 * @param maxLtvPct the limit as a percent of the lending base (for a loan-cap band, cap ÷ base)
 */
public record LoanLimit(LimitKind kind, String table, double maxLoan, double maxLtvPct, String source) {

    /** A limit of {@code maxLoan} on {@code lendingBase}, both as computed (a rule may work the amount out). */
    public static LoanLimit of(LimitKind kind, String table, double maxLoan, double lendingBase, String source) {
        double amount = Decimals.amount(maxLoan);
        return new LoanLimit(kind, table, amount, Decimals.ratio(amount * 100 / lendingBase), source);
    }
}
