package hk.negequity.facts;

import hk.negequity.model.Use;
import hk.negequity.policy.Regime;
import java.time.LocalDate;

/** The HKMA regime the rules chose for this case, with the date and basis of the choice. */
public record AppliedRegime(Regime regime, LocalDate date, RegimeBasis basis) {

    public String id() {
        return regime.id();
    }

    public LocalDate effectiveFrom() {
        return regime.effectiveFrom();
    }

    public boolean stressTest() {
        return regime.stressTest();
    }

    public double dsrCapSelfUsePct() {
        return regime.dsrCapSelfUsePct();
    }

    public double dsrCapNonSelfUsePct() {
        return regime.dsrCapNonSelfUsePct();
    }

    public double dsrCapPct(Use use) {
        return regime.dsrCapPct(use);
    }
}
