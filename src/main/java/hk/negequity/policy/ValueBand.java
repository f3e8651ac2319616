package hk.negequity.policy;

import hk.negequity.figures.Decimals;

/**
 * A lending-base band {@code (valueAbove, valueUpTo]} with either a maximum LTV or a loan cap: within a
 * loan-cap band the loan may not exceed the cap, so the LTV tapers smoothly between its neighbours.
 */
public interface ValueBand {

    double valueAbove();

    /** {@link Double#POSITIVE_INFINITY} for an open top band. */
    double valueUpTo();

    Double maxLtvPct();

    Double loanCap();

    default boolean covers(double value) {
        return value > valueAbove() && value <= valueUpTo();
    }

    /** The largest loan this band allows on a lending base of {@code value}. */
    default double maxLoan(double value) {
        return loanCap() != null ? loanCap() : Decimals.share(value, maxLtvPct());
    }
}
