package hk.negequity.figures;

/**
 * The instalment of a loan at a rate, on what is left of it: the balance over the months left, as a bank re-prices
 * a loan in its course. A rise is the difference between this at the new rate and at the loan's own rate, on the
 * same balance and months: for a balance on schedule the latter is the loan's own instalment, and for a balance
 * the borrower gives (after a part repayment, say) it is what that balance costs at today's rate.
 */
public final class Repricing {

    private Repricing() {
    }

    /**
     * The months left are the term less the payments made; where only the balance is given, the months the
     * loan's level instalment still needs to clear it ({@link MortgageMath#monthsToClear}, facts file §2), and at
     * least the one month in which the last payment falls.
     * Before anything is repaid, it is the balance over the whole term; with nothing owed, nothing.
     *
     * @param amount        the amount drawn; null when not given, and the balance stands for what was drawn
     * @param outstanding   the balance now: given, or scheduled after the payments made
     * @param tenorMonths   the term
     * @param paymentsMade  instalments paid so far (below the term), or null when not given
     * @param loanRatePct   the loan's rate now, in percent
     * @param newRatePct    the rate to price it at, in percent
     */
    public static double instalment(Double amount, double outstanding, int tenorMonths, Integer paymentsMade,
                                    double loanRatePct, double newRatePct) {
        double drawn = amount != null ? amount : outstanding;
        if (outstanding <= 0) {
            return 0; // nothing left to pay, at any rate
        }
        if (paymentsMade != null && paymentsMade > 0) {
            return MortgageMath.monthlyPayment(outstanding, newRatePct, tenorMonths - paymentsMade);
        }
        if (noneRecorded(paymentsMade) && outstanding < drawn) {
            double months = monthsLeft(drawn, outstanding, tenorMonths, paymentsMade, loanRatePct);
            if (newRatePct == loanRatePct && months > 1) {
                // The months left are by definition those the loan's own instalment needs.
                return MortgageMath.monthlyPayment(drawn, loanRatePct, tenorMonths);
            }
            return MortgageMath.paymentOver(outstanding, newRatePct, months);
        }
        // Nothing repaid yet: the balance (the amount drawn, or more if arrears were added) over the whole term.
        return MortgageMath.monthlyPayment(outstanding, newRatePct, tenorMonths);
    }

    private static boolean noneRecorded(Integer paymentsMade) {
        return paymentsMade == null || paymentsMade == 0;
    }

    /** The months {@link #instalment} prices the balance over, as the same parameters decide them. */
    public static double monthsLeft(Double amount, double outstanding, int tenorMonths, Integer paymentsMade,
                                    double loanRatePct) {
        double drawn = amount != null ? amount : outstanding;
        if (paymentsMade != null && paymentsMade > 0) {
            return tenorMonths - paymentsMade;
        }
        if (noneRecorded(paymentsMade) && outstanding > 0 && outstanding < drawn) {
            // A balance under one instalment is cleared by one payment, of the balance and a month's interest:
            // priced over less than a month, the annuity would ask more than the whole balance a month.
            return Math.max(1, MortgageMath.monthsToClear(outstanding, MortgageMath.monthlyPayment(drawn,
                    loanRatePct, tenorMonths), loanRatePct));
        }
        return tenorMonths;
    }
}
