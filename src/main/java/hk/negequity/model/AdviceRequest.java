package hk.negequity.model;

import java.time.LocalDate;
import java.util.Objects;

/** A borrower's facts as of a date. The parts are never null; their fields may be. */
public record AdviceRequest(LocalDate asOf, Property property, Loan loan, Borrower borrower, Scenario scenario) {

    public AdviceRequest {
        Objects.requireNonNull(asOf, "asOf");
        property = property == null ? Property.NONE : property;
        loan = loan == null ? Loan.NONE : loan;
        borrower = borrower == null ? Borrower.NONE : borrower;
        scenario = scenario == null ? Scenario.NONE : scenario;
    }
}
