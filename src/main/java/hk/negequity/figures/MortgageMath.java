package hk.negequity.figures;

/**
 * Annuity arithmetic for a fully amortising monthly mortgage (facts file, section 2).
 * Pure functions on doubles; nothing is rounded here.
 */
public final class MortgageMath {

    private MortgageMath() {
    }

    /** The level monthly payment {@code M = P·i / (1 − (1+i)^−n)}, with {@code i} the monthly rate. */
    public static double monthlyPayment(double principal, double annualRatePct, int months) {
        requireTerm(months);
        return paymentOver(principal, annualRatePct, months);
    }

    /** The same over a term that may end part way through a month (a balance's months left, say). */
    static double paymentOver(double principal, double annualRatePct, double months) {
        double i = monthlyRate(annualRatePct);
        if (i == 0) {
            return principal / months;
        }
        return principal * i / -Math.expm1(-months * Math.log1p(i));
    }

    /**
     * The scheduled balance after {@code paid} payments, {@code B_k = P(1+i)^k − M((1+i)^k − 1)/i}, worked as the
     * present value of the payments left, {@code M(1 − (1+i)^−(n−k))/i}: the same sum, without the first form's
     * cancellation of two large terms, which at a high rate over a long term loses cents (HK$181 on HK$10¹² at 30%
     * over 600 months) and would re-price a balance on its schedule to another instalment.
     */
    public static double balanceAfter(double principal, double annualRatePct, int months, int paid) {
        requireTerm(months);
        if (paid < 0 || paid > months) {
            throw new IllegalArgumentException("payments made must be between 0 and the term");
        }
        if (paid == 0) {
            return principal;
        }
        if (paid == months) {
            return 0;
        }
        return principalFor(monthlyPayment(principal, annualRatePct, months), annualRatePct, months - paid);
    }

    /** The largest principal whose level payment is {@code payment}: the annuity formula solved for P. */
    public static double principalFor(double payment, double annualRatePct, int months) {
        requireTerm(months);
        double i = monthlyRate(annualRatePct);
        if (i == 0) {
            return payment * months;
        }
        return payment * -Math.expm1(-months * Math.log1p(i)) / i;
    }

    /**
     * The months a level {@code payment} takes to clear {@code balance}, the annuity formula solved for the term:
     * {@code n = −ln(1 − B·i ÷ M) ÷ ln(1 + i)}, a fraction of a month included.
     */
    public static double monthsToClear(double balance, double payment, double annualRatePct) {
        double i = monthlyRate(annualRatePct);
        if (i == 0) {
            return balance / payment;
        }
        return -Math.log1p(-balance * i / payment) / Math.log1p(i);
    }

    private static double monthlyRate(double annualRatePct) {
        if (annualRatePct < 0 || Double.isNaN(annualRatePct) || Double.isInfinite(annualRatePct)) {
            throw new IllegalArgumentException("rate must be a finite, non-negative percent");
        }
        return annualRatePct / 1200;
    }

    private static void requireTerm(int months) {
        if (months < 1) {
            throw new IllegalArgumentException("term must be at least one month");
        }
    }
}
