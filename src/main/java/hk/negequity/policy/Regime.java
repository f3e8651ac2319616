package hk.negequity.policy;

import hk.negequity.model.Use;
import java.time.LocalDate;

/**
 * A set of HKMA limits in force from a date (facts file §3), one row of {@code rules/policy/regimes.csv}.
 * The stress-test fields are null where the regime had no stress test.
 */
public record Regime(String id, LocalDate effectiveFrom, double dsrCapSelfUsePct, double dsrCapNonSelfUsePct,
                     boolean stressTest, Double stressRateAddPct, Double stressedDsrCapSelfUsePct,
                     Double stressedDsrCapNonSelfUsePct, String source) {

    public double dsrCapPct(Use use) {
        return use == Use.NON_SELF_USE ? dsrCapNonSelfUsePct : dsrCapSelfUsePct;
    }

    public Double stressedDsrCapPct(Use use) {
        return use == Use.NON_SELF_USE ? stressedDsrCapNonSelfUsePct : stressedDsrCapSelfUsePct;
    }
}
