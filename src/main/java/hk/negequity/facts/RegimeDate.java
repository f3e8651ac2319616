package hk.negequity.facts;

import java.time.LocalDate;

/** The date whose HKMA limits apply to this case, and why. */
public record RegimeDate(LocalDate date, RegimeBasis basis) {
}
