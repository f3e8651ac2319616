package hk.negequity.facts;

/**
 * The stress test of a regime that has one: the instalment at the stressed rate and the DSR it gives.
 *
 * @param everyUse whether the flat's use is not given, so that the cap is the more generous of the two uses':
 *                 a DSR above it fails the test whatever the use turns out to be
 * @param maxLoan  the largest loan whose stressed instalment passes, at this rate and tenor; 0 when other debts
 *                 alone use up the stressed cap
 */
public record StressTest(double stressedRatePct, double stressedPayment, double stressedDsrPct, double capPct,
                         boolean everyUse, double maxLoan) {
}
