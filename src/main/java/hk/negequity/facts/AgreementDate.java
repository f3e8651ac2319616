package hk.negequity.facts;

import hk.negequity.model.AsOf;
import java.time.LocalDate;

/** The date of the provisional agreement, or the advice date where none is given. */
public record AgreementDate(LocalDate date, boolean given) {

    /** Whether the agreement was made on {@code isoDate} (YYYY-MM-DD) or later: for a measure in force from a day. */
    public boolean onOrAfter(String isoDate) {
        return !date.isBefore(AsOf.ruleDate(isoDate));
    }
}
