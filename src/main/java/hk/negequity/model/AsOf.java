package hk.negequity.model;

import java.time.LocalDate;

/** The date the advice is given for: the request's {@code asOf}, or today in Hong Kong. */
public record AsOf(LocalDate date) {
}
