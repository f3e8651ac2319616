package hk.negequity.figures;

import hk.negequity.model.Loan;

/** Where a loan stands on its schedule, as the figures and what to ask for them both read it. */
final class Schedule {

    private Schedule() {
    }

    /** Every instalment of the term paid: the schedule leaves nothing owed (facts file §2: B_n = 0). */
    static boolean termRunOut(Loan loan) {
        return loan.paymentsMade() != null && loan.tenorMonths() != null && loan.paymentsMade() > 0
                && loan.paymentsMade() >= loan.tenorMonths();
    }
}
