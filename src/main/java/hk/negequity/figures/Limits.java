package hk.negequity.figures;

/** Arithmetic of the lending limits; the limits themselves come from the rule files. */
public final class Limits {

    private Limits() {
    }

    /**
     * The largest loan whose instalment keeps (instalment + other debt) ÷ income within {@code dsrCapPct}
     * at this rate and tenor; 0 when other debts alone use up the cap.
     */
    public static double maxLoanByDsr(double dsrCapPct, double monthlyIncome, double otherMonthlyDebt,
                                      double annualRatePct, int months) {
        double payment = monthlyIncome * dsrCapPct / 100 - otherMonthlyDebt;
        return payment <= 0 ? 0 : Decimals.amount(MortgageMath.principalFor(payment, annualRatePct, months));
    }

    /** (instalment + other debt) ÷ income, in percent. */
    public static double dsrPct(double payment, double otherMonthlyDebt, double monthlyIncome) {
        return Decimals.ratio((payment + otherMonthlyDebt) * 100 / monthlyIncome);
    }
}
