package hk.negequity.facts;

/**
 * The largest loan the limits allow: by LTV, by debt servicing (with the stress test where it applies),
 * and the lower of the two. {@code maxLoanByDsr} is null when income, rate or tenor is unknown.
 */
public record MaxLoan(double maxLoanByLtv, Double maxLoanByDsr) {

    public double maxLoan() {
        return maxLoanByDsr == null ? maxLoanByLtv : Math.min(maxLoanByLtv, maxLoanByDsr);
    }
}
