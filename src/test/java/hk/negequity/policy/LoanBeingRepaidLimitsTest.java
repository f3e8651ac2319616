package hk.negequity.policy;

import static hk.negequity.BundledRuleSet.advise;
import static hk.negequity.BundledRuleSet.preApprove;
import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.advice.AdviceItem;
import hk.negequity.facts.VerdictOutcome;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A loan above a policy limit is spoken of as the loan it is: a buyer is told to borrow less or put more down; an
 * owner already repaying, who has no smaller loan left to choose, is told to keep up the repayments and what a bank
 * would lend on refinancing. The limit, the figures and the verdict are the same either way.
 */
class LoanBeingRepaidLimitsTest {

    /** HK$5M of a HK$6M self-use flat agreed 2025-01-10: above the 70% (HK$4.2M) the 2024-10-16 regime allows. */
    private static Borrowers aboveTheCap(int paymentsMade) {
        return Borrowers.buyer(5_000_000).agreementDate(LocalDate.of(2025, 1, 10)).paymentsMade(paymentsMade)
                .income(40_000).reserves(50_000);
    }

    @ParameterizedTest(name = "{0} instalments paid: LTV_ABOVE_POLICY_CAP variant {1}")
    @CsvSource({"0, hkma, down payment", "1, hkmaDrawn, Keep up the repayments", "20, hkmaDrawn, Keep up the repayments"})
    void aLoanAboveTheHkmaCap(int paymentsMade, String variant, String action) {
        AdviceItem cap = item(aboveTheCap(paymentsMade), "LTV_ABOVE_POLICY_CAP");

        assertThat(variant(aboveTheCap(paymentsMade), "LTV_ABOVE_POLICY_CAP")).isEqualTo(variant);
        assertThat(cap.figures()).containsEntry("maxLoan", 4_200_000.0).containsEntry("excess", 800_000.0);
        assertThat(String.join(" ", cap.actions())).contains(action).contains("HK$4,200,000");
        assertThat(String.join(" ", cap.actions()).contains("down payment")).isEqualTo(paymentsMade == 0);
    }

    @ParameterizedTest(name = "{0} instalments paid: DSR_ABOVE_CAP variant {1}")
    @CsvSource(nullValues = "-", value = {"0, -, Borrow less", "1, drawn, Keep at least six months", "20, drawn, Keep at least six months"})
    void repaymentsAboveTheDsrCap(int paymentsMade, String variant, String action) {
        AdviceItem dsr = item(aboveTheCap(paymentsMade).income(40_000), "DSR_ABOVE_CAP");

        assertThat(variant(aboveTheCap(paymentsMade).income(40_000), "DSR_ABOVE_CAP")).isEqualTo(variant);
        assertThat(String.join(" ", dsr.actions())).contains(action);
        assertThat(String.join(" ", dsr.actions()).contains("Borrow less")).isEqualTo(paymentsMade == 0);
    }

    @ParameterizedTest(name = "{0} instalments paid, no income: DSR_ABOVE_CAP variant {1}")
    @CsvSource({"0, noIncome, apply when there is income", "12, noIncomeDrawn, talk to your bank"})
    void noIncome(int paymentsMade, String variant, String action) {
        AdviceItem dsr = item(aboveTheCap(paymentsMade).income(0), "DSR_ABOVE_CAP");

        assertThat(variant(aboveTheCap(paymentsMade).income(0), "DSR_ABOVE_CAP")).isEqualTo(variant);
        assertThat(String.join(" ", dsr.actions())).contains(action);
    }

    @ParameterizedTest(name = "{0} instalments paid: the verdict is DECLINE all the same")
    @CsvSource({"0", "12"})
    void theVerdictIsTheSame(int paymentsMade) {
        assertThat(preApprove(aboveTheCap(paymentsMade)).verdict()).isEqualTo(VerdictOutcome.DECLINE);
    }

    private static String variant(Borrowers borrower, String code) {
        return hk.negequity.BundledRuleSet.advice(borrower, code).orElseThrow().variant();
    }

    private static AdviceItem item(Borrowers borrower, String code) {
        return advise(borrower).advice().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }
}
