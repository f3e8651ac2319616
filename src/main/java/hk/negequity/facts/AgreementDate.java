package hk.negequity.facts;

import java.time.LocalDate;

/** The date of the provisional agreement, or the advice date where none is given. */
public record AgreementDate(LocalDate date, boolean given) {
}
