package hk.negequity.figures;

/**
 * Every figure the rules reason on, computed once from the borrower's facts. A null is a figure that
 * cannot be computed from what the borrower gave; rules that need it do not fire. Amounts in HK$,
 * {@code Pct} fields in percent (90 = 90%), unrounded.
 *
 * @param lendingBase           the lower of price and valuation (or the one given)
 * @param ltvPct                loan amount ÷ lending base
 * @param valuationShortfall    price − valuation when positive, else 0: cash on top of the down payment
 * @param priceOverValuationPct (price − valuation) ÷ valuation
 * @param monthlyPayment        the level instalment of the loan amount; without the amount, of the balance given
 *                              over the months left after the payments made
 * @param monthlyOutgoings      the instalment plus other monthly debt (absent other debt counts as none)
 * @param outstanding           balance owed: given, or scheduled after the payments made
 * @param currentValue          today's market value as given
 * @param equity                current value − outstanding
 * @param currentLtvPct         outstanding ÷ current value
 * @param headroomPct           the price fall that wipes out the equity, 1 − outstanding ÷ current value
 * @param reserveMonths         liquid reserves ÷ monthly outgoings
 * @param dsrPct                monthly outgoings ÷ monthly income
 * @param scenarioValue         the current value (or lending base) moved by the scenario's change
 * @param scenarioEquity        scenario value − outstanding
 */
public record Figures(Double lendingBase, Double ltvPct, Double valuationShortfall, Double priceOverValuationPct,
                      Double monthlyPayment, Double monthlyOutgoings, Double outstanding, Double currentValue,
                      Double equity, Double currentLtvPct, Double headroomPct, Double reserveMonths, Double dsrPct,
                      Double scenarioValue, Double scenarioEquity) {

    /**
     * The monthly outgoings of that many months, to a millionth of a dollar, as sums given are read: reserves sent
     * as six times the outgoings this service reported are six months' worth, not a fraction of a cent short.
     */
    public double outgoingsOver(double months) {
        return Decimals.amount(monthlyOutgoings * months);
    }
}
