package hk.negequity.model;

import java.time.LocalDate;

/** The date the advice is given for: the request's {@code asOf}, or today in Hong Kong. */
public record AsOf(LocalDate date) {

    /** Whether this is {@code isoDate} (YYYY-MM-DD) or later: for a rule that takes effect on a day. */
    public boolean onOrAfter(String isoDate) {
        return !date.isBefore(LocalDate.parse(isoDate));
    }
}
