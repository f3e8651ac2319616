package hk.negequity.rules;

import static hk.negequity.BundledRuleSet.advice;
import static hk.negequity.BundledRuleSet.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hk.negequity.Borrowers;
import hk.negequity.BundledRuleSet;
import hk.negequity.advice.AdviceItem;
import hk.negequity.facts.Advice;
import hk.negequity.facts.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** LTV against the article's safe 80%, critical from 90%, on a HK$6M lending base. */
class LtvRulesTest {

    @ParameterizedTest(name = "a loan of HK${0} ({1}%) gives {2} at {3}")
    @CsvSource({
            "4200000, 70,     LTV_WITHIN_SAFE_LEVEL, INFO",
            "4799940, 79.999, LTV_WITHIN_SAFE_LEVEL, INFO",
            "4800000, 80,     LTV_WITHIN_SAFE_LEVEL, INFO",
            "4800060, 80.001, LTV_ABOVE_SAFE_LEVEL,  WARNING",
            "5399940, 89.999, LTV_ABOVE_SAFE_LEVEL,  WARNING",
            "5400000, 90,     LTV_ABOVE_SAFE_LEVEL,  CRITICAL",
            "5400060, 90.001, LTV_ABOVE_SAFE_LEVEL,  CRITICAL",
            "6000000, 100,    LTV_ABOVE_SAFE_LEVEL,  CRITICAL",
            "6000060, 100.001, LTV_ABOVE_SAFE_LEVEL, CRITICAL",
            "6600000, 110,    LTV_ABOVE_SAFE_LEVEL,  CRITICAL",
    })
    void ltvGivesOneLtvAdviceAtTheRightSeverity(double amount, double ltvPct, String code, Severity severity) {
        Borrowers buyer = Borrowers.buyer(amount);

        assertThat(codes(buyer)).filteredOn(c -> c.endsWith("_SAFE_LEVEL")).containsExactly(code);
        Advice ltv = advice(buyer, code).orElseThrow();
        assertThat(ltv.severity()).isEqualTo(severity);
        assertThat((Double) ltv.figures().get("ltvPct")).isCloseTo(ltvPct, within(1e-9));
    }

    /** At the largest value the service takes, a cent either side of 80% and 90% still counts. */
    @ParameterizedTest(name = "a loan of HK${0} on a HK$10¹² base gives {1} at {2}")
    @CsvSource({
            "799999999999.99, LTV_WITHIN_SAFE_LEVEL, INFO",
            "800000000000,    LTV_WITHIN_SAFE_LEVEL, INFO",
            "800000000000.01, LTV_ABOVE_SAFE_LEVEL,  WARNING",
            "899999999999.99, LTV_ABOVE_SAFE_LEVEL,  WARNING",
            "900000000000,    LTV_ABOVE_SAFE_LEVEL,  CRITICAL",
    })
    void aCentDecidesEvenOnTheLargestLendingBase(double amount, String code, Severity severity) {
        Borrowers buyer = Borrowers.nothing().price(1e12).valuation(1e12).amount(amount);

        assertThat(codes(buyer)).filteredOn(c -> c.endsWith("_SAFE_LEVEL")).containsExactly(code);
        assertThat(advice(buyer, code).orElseThrow().severity()).isEqualTo(severity);
    }

    @Test
    void theMessageShowsTheCentThatPutTheLoanAboveTheSafeLevel() {
        AdviceItem item = BundledRuleSet.item(Borrowers.nothing().price(1e12).valuation(1e12)
                .amount(800_000_000_000.01), "LTV_ABOVE_SAFE_LEVEL");

        assertThat(item.message()).contains("80.000000000001%").doesNotContain("borrowing 80%");
    }

    @ParameterizedTest(name = "a loan of HK${0} on a HK$5·10¹¹ base, at or above its value: {1}")
    @CsvSource(nullValues = "-", value = {
            "499999999999.99, -",
            "500000000000,    atValue",
            "500000000000.01, aboveValue",
    })
    void aCentAboveTheWholeValueCountsOnTheLargestBase(double amount, String variant) {
        Advice ltv = advice(Borrowers.nothing().price(5e11).valuation(5e11).amount(amount), "LTV_ABOVE_SAFE_LEVEL")
                .orElseThrow();

        assertThat(ltv.variant()).isEqualTo(variant);
    }

    @ParameterizedTest(name = "at {0}% a fall of more than {1}% means negative equity at drawdown")
    @CsvSource({"90, 10", "85, 15", "80, 20", "70, 30"})
    void theAdviceNamesTheFallThatWouldMeanNegativeEquity(double ltvPct, double fallPct) {
        Borrowers buyer = Borrowers.buyer(6_000_000 * ltvPct / 100);

        Advice ltv = advice(buyer, ltvPct > 80 ? "LTV_ABOVE_SAFE_LEVEL" : "LTV_WITHIN_SAFE_LEVEL").orElseThrow();
        assertThat((Double) ltv.figures().get("fallToNegativeEquityPct")).isCloseTo(fallPct, within(1e-9));
        assertThat(ltv.figures()).containsEntry("safeLtvPct", 80);
    }

    /** The figures read as the decimals they are, as the LTV beside them does: not 8.474576271185995. */
    @ParameterizedTest(name = "HK${0} on a lending base of HK${1}: {2}% LTV, a fall of {3}%, HK${4} safe")
    @CsvSource({
            "5400000,     5900000,     91.525423728814, 8.474576271186, 4720000",
            "9999999.99,  10000000,    99.9999999,      0.0000001,      8000000",
            "7999999.99,  10000000,    79.9999999,      20.0000001,     8000000",
            "5000000,     5999999.99,  83.333333472222, 16.666666527778, 4799999.992",
            "1000000,     1234567.89,  81.000000737100, 18.9999992629,  987654.312",
    })
    void theFallToNegativeEquityAndTheSafeLoanAreExactDecimals(double amount, double base, double ltvPct,
                                                                double fallPct, double safeLoan) {
        Advice ltv = advice(Borrowers.nothing().price(base).valuation(base).amount(amount),
                ltvPct > 80 ? "LTV_ABOVE_SAFE_LEVEL" : "LTV_WITHIN_SAFE_LEVEL").orElseThrow();

        assertThat(ltv.figures()).containsEntry("ltvPct", ltvPct).containsEntry("fallToNegativeEquityPct", fallPct);
        if (ltvPct > 80) {
            assertThat(ltv.figures()).containsEntry("safeLoan", safeLoan);
        }
    }

    @ParameterizedTest(name = "at {0}% the advice says {1}")
    @CsvSource(delimiter = '|', value = {
            "99.999  | fall of more than 0.001% would put you in negative equity",
            "100     | borrowing 100% of the lending base, the whole of it: any fall in price at all would put you in negative equity",
            "100.001 | HK$60 more than it: you would be in negative equity from the day you draw the loan",
            "110     | HK$600,000 more than it: you would be in negative equity from the day you draw the loan"})
    void aboveTheLendingBaseNoFallIsNeededForNegativeEquity(double ltvPct, String says) {
        Borrowers buyer = Borrowers.buyer(Math.round(6_000_000 * ltvPct / 100));
        AdviceItem item = BundledRuleSet.item(buyer, "LTV_ABOVE_SAFE_LEVEL");

        assertThat(item.message()).containsIgnoringCase(says);
        if (ltvPct >= 100) {
            assertThat(item.actions()).noneMatch(action -> action.contains("a fall of more than"));
            assertThat(item.message()).doesNotContain("more than 0%");
        }
    }

    @ParameterizedTest(name = "a loan of HK${0} with {1} instalments paid: {2} at {3}, variant {4}")
    @CsvSource(nullValues = "none", value = {
            "4800000, 0, LTV_WITHIN_SAFE_LEVEL, INFO,     none",
            "4800000, 1, LTV_WITHIN_SAFE_LEVEL, INFO,     drawn",
            "4800060, 0, LTV_ABOVE_SAFE_LEVEL,  WARNING,  none",
            "4800060, 1, LTV_ABOVE_SAFE_LEVEL,  WARNING,  drawn",
            "5399940, 1, LTV_ABOVE_SAFE_LEVEL,  WARNING,  drawn",
            "5400000, 0, LTV_ABOVE_SAFE_LEVEL,  CRITICAL, none",
            "5400000, 1, LTV_ABOVE_SAFE_LEVEL,  CRITICAL, drawn",
            "5999940, 1, LTV_ABOVE_SAFE_LEVEL,  CRITICAL, drawn",
            "6000000, 0, LTV_ABOVE_SAFE_LEVEL,  CRITICAL, atValue",
            "6000000, 1, LTV_ABOVE_SAFE_LEVEL,  CRITICAL, drawnAtValue",
            "6000060, 0, LTV_ABOVE_SAFE_LEVEL,  CRITICAL, aboveValue",
            "6000060, 1, LTV_ABOVE_SAFE_LEVEL,  CRITICAL, drawnAboveValue",
    })
    void aLoanAlreadyBeingRepaidIsSpokenOfAsDrawnWithTheSameBandsAndFigures(double amount, int paymentsMade, String code,
                                                                           Severity severity, String variant) {
        Borrowers owner = Borrowers.buyer(amount).paymentsMade(paymentsMade);

        assertThat(codes(owner)).filteredOn(c -> c.endsWith("_SAFE_LEVEL")).containsExactly(code);
        Advice ltv = advice(owner, code).orElseThrow();
        assertThat(ltv.severity()).isEqualTo(severity);
        assertThat(ltv.variant()).isEqualTo(variant);
        assertThat(ltv.figures()).isEqualTo(advice(Borrowers.buyer(amount), code).orElseThrow().figures());
    }

    /**
     * Issue 2's catalogue and issue 8's property go by ltvPct alone: a loan repaid in full (every instalment paid, so
     * nothing owed and no instalment) is told the LTV it was drawn at, at the same bands and severities, and that no
     * fall can now leave a debt above the flat.
     */
    @ParameterizedTest(name = "HK${0} repaid in full: {1} at {2}")
    @CsvSource({
            "4800000, LTV_WITHIN_SAFE_LEVEL, INFO",
            "4800060, LTV_ABOVE_SAFE_LEVEL,  WARNING",
            "5399940, LTV_ABOVE_SAFE_LEVEL,  WARNING",
            "5400000, LTV_ABOVE_SAFE_LEVEL,  CRITICAL",
            "6000000, LTV_ABOVE_SAFE_LEVEL,  CRITICAL",
            "6600000, LTV_ABOVE_SAFE_LEVEL,  CRITICAL",
    })
    void aLoanRepaidInFullIsToldTheLtvItWasDrawnAt(double amount, String code, Severity severity) {
        Borrowers repaid = Borrowers.buyer(amount).paymentsMade(360);

        assertThat(codes(repaid)).filteredOn(c -> c.endsWith("_SAFE_LEVEL")).containsExactly(code);
        Advice ltv = advice(repaid, code).orElseThrow();
        assertThat(ltv.severity()).isEqualTo(severity);
        assertThat(ltv.variant()).isEqualTo("repaid");
        assertThat(ltv.figures().get("ltvPct")).isEqualTo(advice(Borrowers.buyer(amount), code).orElseThrow().figures()
                .get("ltvPct"));
        AdviceItem item = BundledRuleSet.item(repaid, code);
        assertThat(item.title()).endsWith("now repaid");
        assertThat(item.message()).contains("when it was drawn", "repaid in full", "no fall in the flat's value")
                .doesNotContain("borrowing", "reserve");
    }

    /**
     * Nothing owed is read from the balance: a loan repaid early is repaid; a loan of 0 with a balance still owed is
     * not (its instalment is 0 too); without the instalments paid, the loan is a buyer's.
     */
    @ParameterizedTest(name = "amount {0}, balance {1}, paid {2}: {3}/{4}")
    @CsvSource(nullValues = "-", value = {
            "5400000, 0,       24, LTV_ABOVE_SAFE_LEVEL,  repaid",
            "0,       100000,  12, LTV_WITHIN_SAFE_LEVEL, drawn",
            "0,       -,       12, LTV_WITHIN_SAFE_LEVEL, repaid",
            "5400000, 0,       -,  LTV_ABOVE_SAFE_LEVEL,  -",
    })
    void nothingOwedIsReadFromTheBalance(double amount, Double outstanding, Integer paid, String code, String variant) {
        Borrowers owner = Borrowers.buyer(amount);
        if (outstanding != null) {
            owner = owner.outstanding(outstanding);
        }
        if (paid != null) {
            owner = owner.paymentsMade(paid);
        }

        assertThat(codes(owner)).filteredOn(c -> c.endsWith("_SAFE_LEVEL")).containsExactly(code);
        assertThat(advice(owner, code).orElseThrow().variant()).isEqualTo(variant);
    }

    /** Whether the loan is repaid turns on the balance and the instalments paid, never on the rate or the tenor. */
    @Test
    void onlyTheBalanceAndTheInstalmentsPaidCanTurnTheAdviceIntoARepaidLoans() {
        var needs = BundledRuleSet.advise(Borrowers.nothing().price(6_000_000).valuation(6_000_000).amount(5_100_000))
                .needs();

        assertThat(needs)
                .filteredOn(n -> n.changesWording() != null && n.changesWording().contains("LTV_ABOVE_SAFE_LEVEL"))
                .extracting(n -> n.fact()).doesNotContain("loan.annualRatePct", "loan.tenorMonths")
                .contains("loan.paymentsMade");
    }

    @ParameterizedTest(name = "{0} months in arrears: variant {1}")
    @CsvSource({"0, none", "1, drawn", "4, drawn"})
    void aLoanWithInstalmentsOverdueHasBeenDrawn(int arrears, String variant) {
        Borrowers owner = Borrowers.buyer(5_400_000).arrears(arrears);

        assertThat(advice(owner, "LTV_ABOVE_SAFE_LEVEL").orElseThrow().variant())
                .isEqualTo(variant.equals("none") ? null : variant);
    }

    @ParameterizedTest(name = "{0} instalments paid at 90%: the advice says {1}")
    @CsvSource(delimiter = '|', value = {
            "0  | You are borrowing 90% of the lending base",
            "12 | Your loan was 90% of the lending base when it was drawn"})
    void anOwnerRepayingIsNotToldToBorrowLess(int paymentsMade, String says) {
        AdviceItem item = BundledRuleSet.item(Borrowers.buyer(5_400_000).paymentsMade(paymentsMade),
                "LTV_ABOVE_SAFE_LEVEL");

        assertThat(item.message()).contains(says);
        assertThat(item.message().contains("less")).isEqualTo(paymentsMade == 0);
    }

    @ParameterizedTest(name = "a loan of HK${0} should be HK$4.8M, HK${1} less")
    @CsvSource({"5400000, 600000", "5000000, 200000",
            // A cent above: the figure is the cent, not 0.009999999776482582.
            "4800000.01, 0.01"})
    void aboveTheSafeLevelTheAdviceSaysHowMuchLessToBorrow(double amount, double less) {
        Advice ltv = advice(Borrowers.buyer(amount), "LTV_ABOVE_SAFE_LEVEL").orElseThrow();

        assertThat(ltv.figures()).containsEntry("safeLoan", 4_800_000.0).containsEntry("reduceLoanBy", less);
    }

    @ParameterizedTest(name = "without {0} there is no LTV advice")
    @CsvSource({"amount", "price and valuation"})
    void missingFactsGiveNoLtvAdvice(String missing) {
        Borrowers borrower = missing.equals("amount")
                ? Borrowers.nothing().price(6_000_000).valuation(6_000_000)
                : Borrowers.nothing().amount(5_400_000);

        assertThat(codes(borrower)).noneMatch(c -> c.endsWith("_SAFE_LEVEL"));
    }

    /** In arrears before any instalment is paid, the loan is drawn, but no repayment has yet added to the margin. */
    @ParameterizedTest(name = "HK${0} drawn, nothing paid, one overdue")
    @ValueSource(doubles = {5_400_000, 6_000_000, 6_600_000})
    void aLoanDrawnWithNothingYetRepaidIsNotToldOfRepaymentsMade(double amount) {
        String says = BundledRuleSet.message(Borrowers.buyer(amount).paymentsMade(0).arrears(1), "LTV_ABOVE_SAFE_LEVEL");

        assertThat(says).startsWith("Your loan was").contains("as they are made")
                .doesNotContain("Each repayment since");
    }
}
