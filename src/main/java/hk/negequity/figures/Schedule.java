package hk.negequity.figures;

import hk.negequity.model.Loan;

/**
 * Where a loan stands on its schedule, as the figures, what to ask for them and what they rest on all read it: one
 * reading, so that the three cannot drift apart.
 */
public final class Schedule {

    private Schedule() {
    }

    /** Every instalment of the term paid: the schedule leaves nothing owed (facts file §2: B_n = 0). */
    public static boolean termRunOut(Loan loan) {
        return loan.paymentsMade() != null && loan.tenorMonths() != null && loan.paymentsMade() > 0
                && loan.paymentsMade() >= loan.tenorMonths();
    }

    /** Instalments paid and no balance given: the balance owed is the scheduled one. */
    public static boolean balanceScheduled(Loan loan) {
        return loan.outstanding() == null && loan.paymentsMade() != null && loan.paymentsMade() > 0;
    }

    /**
     * Nothing left to pay: instalments have been made and no balance remains (given as 0, the rest repaid early; or,
     * none given, the whole term paid). Such a loan has no instalment to service or to keep reserves for.
     */
    public static boolean repaid(Loan loan) {
        return loan.paymentsMade() != null && loan.paymentsMade() > 0
                && (loan.outstanding() == null ? termRunOut(loan) : loan.outstanding() == 0);
    }
}
