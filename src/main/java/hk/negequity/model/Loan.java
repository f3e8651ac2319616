package hk.negequity.model;

/**
 * The mortgage. Every field may be null.
 *
 * @param amount          amount drawn down, HK$
 * @param outstanding     balance owed today, HK$
 * @param annualRatePct   interest rate, percent a year
 * @param tenorMonths     term of the loan in months
 * @param paymentsMade    monthly instalments paid so far
 * @param monthsInArrears instalments due and unpaid
 */
public record Loan(Double amount, Double outstanding, Double annualRatePct, Integer tenorMonths,
                   Integer paymentsMade, Scheme scheme, Integer monthsInArrears) {

    public static final Loan NONE = new Loan(null, null, null, null, null, null, null);
}
