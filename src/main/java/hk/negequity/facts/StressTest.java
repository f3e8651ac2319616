package hk.negequity.facts;

/** The stress test of a regime that has one: the instalment at the stressed rate and the DSR it gives. */
public record StressTest(double stressedRatePct, double stressedPayment, double stressedDsrPct, double capPct) {
}
