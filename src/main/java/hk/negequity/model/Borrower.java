package hk.negequity.model;

/**
 * The borrower's circumstances. Every field may be null.
 *
 * @param firstTimeBuyer no mortgagor owns residential property in Hong Kong
 * @param salaried       every applicant is a regular salaried person
 */
public record Borrower(Double monthlyIncome, Double otherMonthlyDebt, Double liquidReserves,
                       Boolean firstTimeBuyer, Boolean salaried, Employment employment, Boolean bankrupt) {

    public static final Borrower NONE = new Borrower(null, null, null, null, null, null, null);
}
