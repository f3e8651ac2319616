package hk.negequity.figures;

import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Borrower;
import hk.negequity.model.Loan;
import hk.negequity.model.Property;

/**
 * Derives {@link Figures} from a request. Percentages multiply before they divide so that whole-dollar
 * inputs at a threshold give the threshold exactly (4.8M of 6M is 80, not 80.00000000000001), and every
 * ratio and derived amount is cleaned of binary noise ({@link Decimals}) so that inputs in cents do too:
 * amounts as given that nearly cancel are subtracted as decimals, ratios of them keep 12 places (more
 * significant digits when small), ratios of a computed instalment or balance 10 places.
 */
public final class FiguresCalculator {

    private FiguresCalculator() {
    }

    public static Figures compute(AdviceRequest request) {
        Property property = request.property();
        Loan loan = request.loan();
        Borrower borrower = request.borrower();

        Double lendingBase = lowerOf(property.price(), property.valuation());
        Double ltvPct = givenPercentOf(loan.amount(), lendingBase);
        Double priceOverValuation = both(property.price(), property.valuation())
                ? Decimals.difference(property.price(), property.valuation()) : null;
        Double shortfall = priceOverValuation == null ? null : Decimals.amount(Math.max(0, priceOverValuation));
        Double overValuationPct = givenPercentOf(priceOverValuation, property.valuation());

        Double outstanding = outstanding(loan);
        // A balance the borrower gave (or the amount drawn) is a decimal like the value; a scheduled one is
        // computed, with its noise.
        boolean outstandingGiven = !Schedule.balanceScheduled(loan);
        Double payment = Schedule.repaid(loan) ? Double.valueOf(0) : monthlyPayment(loan);
        Double outgoings = payment == null ? null : payment + orZero(borrower.otherMonthlyDebt());
        Double currentValue = property.currentValue();
        // Ratios are worked from the amounts as computed, and each figure is cleaned once, at the end.
        Double rawEquity = both(currentValue, outstanding) ? Decimals.difference(currentValue, outstanding) : null;
        Double equity = rawEquity == null ? null : Decimals.amount(rawEquity);
        Double currentLtvPct = outstandingGiven ? givenPercentOf(outstanding, currentValue)
                : percentOf(outstanding, currentValue);
        Double headroomPct = outstandingGiven ? givenPercentOf(rawEquity, currentValue)
                : percentOf(rawEquity, currentValue);
        Double reserveMonths = ratio(borrower.liquidReserves(), outgoings);
        Double dsrPct = percentOf(outgoings, borrower.monthlyIncome());

        Double scenarioBase = currentValue != null ? currentValue : lendingBase;
        Double change = request.scenario().priceChangePct();
        Double rawScenarioValue = both(scenarioBase, change) ? scenarioBase * (100 + change) / 100 : null;
        Double scenarioValue = rawScenarioValue == null ? null : Decimals.amount(rawScenarioValue);
        Double scenarioEquity = both(rawScenarioValue, outstanding)
                ? Decimals.amount(Decimals.difference(rawScenarioValue, outstanding)) : null;

        return new Figures(lendingBase, ltvPct, shortfall, overValuationPct, payment, outgoings,
                outstanding, currentValue, equity, currentLtvPct, headroomPct, reserveMonths, dsrPct, scenarioValue,
                scenarioEquity);
    }

    /**
     * The level instalment of the amount drawn; without the amount, that of the balance given over the months left
     * after the payments made (0 of them: the whole term). On a balance as scheduled the two are the same instalment (facts file §2: the balance
     * after n payments is what the level instalment repays over the remaining term), so an owner who knows the balance
     * but not the amount first drawn still has an instalment to keep reserves for and to service.
     */
    private static Double monthlyPayment(Loan loan) {
        if (loan.annualRatePct() == null || loan.tenorMonths() == null) {
            return null;
        }
        if (loan.amount() != null) {
            return MortgageMath.monthlyPayment(loan.amount(), loan.annualRatePct(), loan.tenorMonths());
        }
        if (balanceOverMonthsLeft(loan)) {
            return MortgageMath.monthlyPayment(loan.outstanding(), loan.annualRatePct(),
                    loan.tenorMonths() - loan.paymentsMade());
        }
        return null;
    }

    /**
     * A balance given, without the amount drawn, with the instalments paid (none: the balance is what was drawn,
     * over the whole term), fewer than the term's.
     */
    private static boolean balanceOverMonthsLeft(Loan loan) {
        return loan.amount() == null && loan.outstanding() != null && loan.paymentsMade() != null
                && loan.tenorMonths() != null && loan.paymentsMade() < loan.tenorMonths();
    }

    private static boolean notYetDrawn(Loan loan) {
        return loan.amount() != null && (loan.paymentsMade() == null || loan.paymentsMade() == 0)
                && (loan.monthsInArrears() == null || loan.monthsInArrears() == 0);
    }

    /**
     * Given, else scheduled after the payments made, else the amount drawn when no payment is recorded. A balance of
     * 0 with no instalment recorded (nor any overdue) is a loan not yet drawn, as the rules read it: its debt, once
     * drawn, is the amount, so that its equity and scenarios are those of the loan it advises on.
     */
    private static Double outstanding(Loan loan) {
        if (loan.outstanding() != null && !(loan.outstanding() == 0 && notYetDrawn(loan))) {
            return loan.outstanding();
        }
        if (loan.outstanding() == null && Schedule.termRunOut(loan)) {
            return 0.0; // whatever the rate or the amount
        }
        if (loan.amount() == null) {
            return null;
        }
        if (loan.paymentsMade() == null || loan.paymentsMade() == 0) {
            return loan.amount();
        }
        if (loan.annualRatePct() == null || loan.tenorMonths() == null) {
            return null;
        }
        return MortgageMath.balanceAfter(loan.amount(), loan.annualRatePct(), loan.tenorMonths(),
                loan.paymentsMade());
    }

    private static Double lowerOf(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.min(a, b);
    }

    private static Double percentOf(Double part, Double whole) {
        return both(part, whole) && whole > 0 ? Decimals.ratio(part * 100 / whole) : null;
    }

    private static Double givenPercentOf(Double part, Double whole) {
        return both(part, whole) && whole > 0 ? Decimals.givenRatio(part * 100 / whole) : null;
    }

    private static Double ratio(Double part, Double whole) {
        return both(part, whole) && whole > 0 ? Decimals.ratio(part / whole) : null;
    }

    private static boolean both(Double a, Double b) {
        return a != null && b != null;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
