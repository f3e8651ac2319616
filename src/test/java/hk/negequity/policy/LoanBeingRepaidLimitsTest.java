package hk.negequity.policy;

import static hk.negequity.BundledRuleSet.advise;
import static hk.negequity.BundledRuleSet.item;
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
    @CsvSource({"0, hkma, down payment", "1, hkmaDrawn, up to date with the repayments", "20, hkmaDrawn, up to date with the repayments"})
    void aLoanAboveTheHkmaCap(int paymentsMade, String variant, String action) {
        AdviceItem cap = item(aboveTheCap(paymentsMade), "LTV_ABOVE_POLICY_CAP");

        assertThat(variant(aboveTheCap(paymentsMade), "LTV_ABOVE_POLICY_CAP")).isEqualTo(variant);
        assertThat(cap.figures()).containsEntry("maxLoan", 4_200_000.0).containsEntry("excess", 800_000.0);
        assertThat(String.join(" ", cap.actions())).contains(action);
        assertThat(String.join(" ", cap.actions()).contains("down payment")).isEqualTo(paymentsMade == 0);
        // A refinance is a new agreement, judged on the limits of its own day, not this loan's cap.
        assertThat(String.join(" ", cap.actions()).contains("HK$4,200,000")).isEqualTo(paymentsMade == 0);
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

    @ParameterizedTest(name = "{1}, {2} instalments paid: {0} variant {3}")
    @CsvSource(nullValues = "-", value = {
            "LTV_ABOVE_POLICY_CAP, use not given,         0, everyUse",
            "LTV_ABOVE_POLICY_CAP, use not given,         1, everyUseDrawn",
            "DSR_ABOVE_CAP,        use not given,         0, everyUse",
            "DSR_ABOVE_CAP,        use not given,         1, everyUseDrawn",
            "LTV_ABOVE_POLICY_CAP, mortgage insurance,    0, mortgageInsurance",
            "LTV_ABOVE_POLICY_CAP, mortgage insurance,    1, mortgageInsuranceDrawn",
            "LTV_ABOVE_POLICY_CAP, the special scheme,    0, specialScheme",
            "LTV_ABOVE_POLICY_CAP, the special scheme,    1, specialSchemeDrawn",
    })
    void everyLimitHasItsWordingForALoanBeingRepaid(String code, String which, int paymentsMade, String variant) {
        Borrowers borrower = switch (which) {
            // 75% of HK$6M agreed 2024-03-01: above 70% (self-use) and 60% (not); HK$10,000 a month of income.
            case "use not given" -> Borrowers.buyer(4_500_000).use(null).agreementDate(LocalDate.of(2024, 3, 1))
                    .income(10_000);
            // 90% without the first-time buyer tier: above mortgage insurance's 80%.
            case "mortgage insurance" -> Borrowers.buyer(5_400_000).scheme(hk.negequity.model.Scheme.MORTGAGE_INSURANCE)
                    .firstTimeBuyer(false).salaried(true).agreementDate(LocalDate.of(2025, 1, 10)).income(100_000);
            // 90% of a HK$5M valuation under the 2024-12-04 scheme: above its 80%.
            default -> Borrowers.nothing().price(6_000_000).valuation(5_000_000).use(hk.negequity.model.Use.SELF_USE)
                    .completed(false).stagePayment(true).agreementDate(LocalDate.of(2022, 5, 1)).amount(4_500_000)
                    .rate(3.5).tenor(360).scheme(hk.negequity.model.Scheme.STANDARD).income(100_000);
        };
        borrower.paymentsMade(paymentsMade);

        assertThat(variant(borrower, code)).isEqualTo(variant);
        String actions = String.join(" ", item(borrower, code).actions());
        assertThat(actions.contains("up to date with the repayments") || actions.contains("Keep at least six months"))
                .isEqualTo(paymentsMade > 0);
    }

    /** What a buyer is told and an owner, with no smaller loan or better price left to choose, never is. */
    private static final java.util.List<String> BUYERS_STEPS = java.util.List.of("Borrow less", "borrow less",
            "down payment", "smaller loan", "Negotiate the price", "Choose a tenor", "Borrow at most",
            "before you commit", "Apply for a standard mortgage");

    @ParameterizedTest(name = "{0}: a buyer is told a buyer's steps, an owner an owner's")
    @CsvSource({"a 90% mortgage-insurance loan above the valuation", "a loan under the 2023 stress test",
            "a 35-year tenor", "mortgage insurance on a flat not for self-use", "mortgage insurance above HK$30M",
            "repayments above the DSR cap"})
    void anOwnerIsNeverToldABuyersSteps(String which) {
        java.util.function.IntFunction<Borrowers> borrower = paid -> (switch (which) {
            case "a 90% mortgage-insurance loan above the valuation" -> Borrowers.buyer(5_400_000)
                    .scheme(hk.negequity.model.Scheme.MORTGAGE_INSURANCE).valuation(5_900_000).reserves(10_000)
                    .priceChangePct(-15).firstTimeBuyer(false).salaried(true).income(20_000)
                    .agreementDate(LocalDate.of(2025, 1, 10));
            case "a loan under the 2023 stress test" -> Borrowers.buyer(4_200_000)
                    .agreementDate(LocalDate.of(2023, 8, 1)).income(30_000);
            case "a 35-year tenor" -> Borrowers.buyer(5_000_000).reserves(1_000_000).tenor(420)
                    .agreementDate(LocalDate.of(2025, 1, 10));
            case "mortgage insurance on a flat not for self-use" -> Borrowers.buyer(4_200_000)
                    .scheme(hk.negequity.model.Scheme.MORTGAGE_INSURANCE).use(hk.negequity.model.Use.NON_SELF_USE)
                    .agreementDate(LocalDate.of(2025, 1, 10));
            case "mortgage insurance above HK$30M" -> Borrowers.buyer(4_200_000)
                    .scheme(hk.negequity.model.Scheme.MORTGAGE_INSURANCE).price(31_000_000).valuation(31_000_000)
                    .agreementDate(LocalDate.of(2025, 1, 10));
            default -> aboveTheCap(0).income(30_000);
        }).paymentsMade(paid);

        assertThat(actions(borrower.apply(0))).as("a buyer").anyMatch(a -> BUYERS_STEPS.stream().anyMatch(a::contains));
        assertThat(actions(borrower.apply(12))).as("an owner 12 instalments in")
                .noneMatch(a -> BUYERS_STEPS.stream().anyMatch(a::contains));
        assertThat(preApprove(borrower.apply(12)).verdict()).isEqualTo(preApprove(borrower.apply(0)).verdict());
    }

    private static java.util.List<String> actions(Borrowers borrower) {
        return advise(borrower).advice().stream().filter(a -> a.actions() != null)
                .flatMap(a -> a.actions().stream()).toList();
    }

    @ParameterizedTest(name = "{0} instalments paid: the verdict is DECLINE all the same")
    @CsvSource({"0", "12"})
    void theVerdictIsTheSame(int paymentsMade) {
        assertThat(preApprove(aboveTheCap(paymentsMade)).verdict()).isEqualTo(VerdictOutcome.DECLINE);
    }

    private static String variant(Borrowers borrower, String code) {
        return hk.negequity.BundledRuleSet.advice(borrower, code).orElseThrow().variant();
    }
}
