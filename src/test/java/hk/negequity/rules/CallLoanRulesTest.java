package hk.negequity.rules;

import static hk.negequity.BundledRuleSet.advice;
import static hk.negequity.BundledRuleSet.codes;
import static hk.negequity.BundledRuleSet.item;
import static hk.negequity.BundledRuleSet.message;
import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.facts.Advice;
import hk.negequity.facts.Severity;
import hk.negequity.facts.VerdictOutcome;
import hk.negequity.model.Employment;
import hk.negequity.model.Scheme;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Negative equity alone does not get a loan called; arrears and bankruptcy can. */
class CallLoanRulesTest {

    private static Borrowers inNegativeEquity() {
        return Borrowers.nothing().outstanding(5_000_000).currentValue(4_900_000);
    }

    private static List<String> callLoanCodes(Borrowers borrower) {
        return codes(borrower).stream().filter(c -> c.startsWith("CALL_LOAN") || c.startsWith("JOB_")).toList();
    }

    @Test
    void aNegativeEquityBorrowerWhoKeepsPayingIsToldTheLoanIsUnlikelyToBeCalled() {
        assertThat(callLoanCodes(inNegativeEquity().payingOnTime())).containsExactly("CALL_LOAN_UNLIKELY_WHILE_PAYING");
        assertThat(advice(inNegativeEquity().payingOnTime(), "CALL_LOAN_UNLIKELY_WHILE_PAYING").orElseThrow().figures())
                .containsEntry("shortfall", 100_000.0);
    }

    /**
     * A borrower in arrears is told the bank may call the loan (CALL_LOAN_RISK); no other advice in the same answer
     * may tell them the loan is safe while repaid, or to call the bank only before they miss a payment (review).
     */
    @ParameterizedTest(name = "{0} overdue, {1}")
    @CsvSource({"2, EMPLOYED", "5, UNEMPLOYED", "5, EMPLOYED"})
    void noAdviceToABorrowerInArrearsSpeaksAsIfTheyWereRepayingOnTime(int overdue, Employment employment) {
        Borrowers owner = Borrowers.buyer(5_400_000).scheme(Scheme.MORTGAGE_INSURANCE).firstTimeBuyer(false).salaried(true)
                .currentValue(5_200_000).agreementDate(LocalDate.of(2024, 11, 10)).paymentsMade(12).arrears(overdue)
                .income(employment == Employment.UNEMPLOYED ? 0 : 20_000).employment(employment).reserves(10_000);

        var answer = hk.negequity.BundledRuleSet.advise(owner);

        assertThat(answer.advice()).extracting(a -> a.code()).contains("CALL_LOAN_RISK", "LTV_ABOVE_POLICY_CAP",
                "DSR_ABOVE_CAP");
        assertThat(answer.advice()).allSatisfy(a -> assertThat(a.message() + " " + String.join(" ", a.actions()))
                .doesNotContain("Keep up the repayments: a bank", "a loan that is being repaid")
                .doesNotContainPattern("before you miss (one|a payment)(?!, or now if you already have)"));
    }

    /** Issue 2: "in negative equity, no arrears, not bankrupt", before the first instalment too, worded for it. */
    @ParameterizedTest(name = "{0} instalments paid: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "0  | Repaid on time from the first instalment, the loan is unlikely to be called",
            "1  | Paying on time, the loan is unlikely to be called",
            "60 | Paying on time, the loan is unlikely to be called",
    })
    void theReassuranceHoldsFromTheFirstInstalment(int paid, String title) {
        Borrowers owner = inNegativeEquity().arrears(0).bankrupt(false).paymentsMade(paid);

        assertThat(callLoanCodes(owner)).containsExactly("CALL_LOAN_UNLIKELY_WHILE_PAYING");
        assertThat(advice(owner, "CALL_LOAN_UNLIKELY_WHILE_PAYING").orElseThrow().figures())
                .containsEntry("shortfall", 100_000.0);
        assertThat(hk.negequity.BundledRuleSet.advise(owner).advice())
                .filteredOn(a -> a.code().equals("CALL_LOAN_UNLIKELY_WHILE_PAYING")).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo(title));
    }

    @Test
    void theReassuranceNeedsNegativeEquity() {
        Borrowers positive = Borrowers.nothing().outstanding(4_900_000).currentValue(4_900_000).payingOnTime();
        assertThat(callLoanCodes(positive)).isEmpty();
    }

    @Test
    void theReassuranceNeedsToKnowThereAreNoArrearsAndNoBankruptcy() {
        assertThat(callLoanCodes(inNegativeEquity().bankrupt(false))).isEmpty();
        assertThat(callLoanCodes(inNegativeEquity().arrears(0))).isEmpty();
    }

    @ParameterizedTest(name = "arrears {0}, bankrupt {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "0 | false | CALL_LOAN_UNLIKELY_WHILE_PAYING",
            "1 | false | CALL_LOAN_RISK",
            "5 | false | CALL_LOAN_RISK",
            "0 | true  | CALL_LOAN_RISK",
            "2 | true  | CALL_LOAN_RISK",
    })
    void arrearsOrBankruptcyGiveOneCallLoanRisk(int arrears, boolean bankrupt, String code) {
        assertThat(callLoanCodes(inNegativeEquity().arrears(arrears).bankrupt(bankrupt))).containsExactly(code);
    }

    @Test
    void theRiskNamesTheShortfallASaleWouldLeave() {
        assertThat(advice(inNegativeEquity().arrears(2), "CALL_LOAN_RISK").orElseThrow().figures())
                .containsEntry("shortfallIfSold", 100_000.0).containsEntry("monthsInArrears", 2)
                .containsEntry("trigger", "ARREARS");
        assertThat(advice(Borrowers.nothing().bankrupt(true), "CALL_LOAN_RISK").orElseThrow().figures())
                .containsEntry("trigger", "BANKRUPTCY").doesNotContainKey("shortfallIfSold");
    }

    @ParameterizedTest(name = "arrears {0}, bankrupt {1}: the trigger is {2}")
    @CsvSource(delimiter = '|', value = {
            "1 | false | ARREARS",
            "1 |       | ARREARS",
            "0 | true  | BANKRUPTCY",
            "1 | true  | ARREARS_AND_BANKRUPTCY",
            "3 | true  | ARREARS_AND_BANKRUPTCY"})
    void theRiskNamesEveryDefaultItKnowsOf(int arrears, Boolean bankrupt, String trigger) {
        Borrowers borrower = inNegativeEquity().arrears(arrears);
        Advice risk = advice(bankrupt == null ? borrower : borrower.bankrupt(bankrupt), "CALL_LOAN_RISK").orElseThrow();

        assertThat(risk.figures()).containsEntry("trigger", trigger).containsEntry("shortfallIfSold", 100_000.0);
    }

    @Test
    void theRiskIsCriticalWithOrWithoutNegativeEquity() {
        assertThat(advice(Borrowers.nothing().arrears(1), "CALL_LOAN_RISK").orElseThrow().severity().name())
                .isEqualTo("CRITICAL");
    }

    @ParameterizedTest(name = "{0}, mortgage insurance, as of {1}: the advice also offers letting {2}")
    @CsvSource({
            "MORTGAGE_INSURANCE, 2024-08-07, false",
            "MORTGAGE_INSURANCE, 2024-08-08, true",
            "MORTGAGE_INSURANCE, 2026-11-28, true",
            "STANDARD,           2024-08-08, false",
    })
    void anOwnerWithMortgageInsuranceMayAskForConsentToLetFromTheEighthOfAugust2024(Scheme scheme, String asOf,
                                                                                  boolean letting) {
        Borrowers borrower = Borrowers.thousandDollarInstalment().employment(Employment.UNEMPLOYED).arrears(0)
                .scheme(scheme).asOf(LocalDate.parse(asOf));

        Advice advice = advice(borrower, "JOB_LOSS_CONTACT_BANK").orElseThrow();
        assertThat("mortgageInsurance".equals(advice.variant())).isEqualTo(letting);
        assertThat(codes(borrower).stream().filter("JOB_LOSS_CONTACT_BANK"::equals)).hasSize(1);
    }

    /**
     * Before the first instalment (none paid, none overdue) the bank is to be told before it falls due, when a smaller
     * loan or a later drawdown may still be open; letting is not the question yet, whatever the scheme. With one paid,
     * or the count not given, the owner's wording stands.
     */
    @ParameterizedTest(name = "{0}, {1} paid: wording {2}")
    @CsvSource(nullValues = "none", value = {
            "STANDARD,           0,    firstInstalment",
            "MORTGAGE_INSURANCE, 0,    firstInstalment",
            "STANDARD,           1,    none",
            "MORTGAGE_INSURANCE, 1,    mortgageInsurance",
            "STANDARD,           none, none",
            "MORTGAGE_INSURANCE, none, mortgageInsurance",
    })
    void anUnemployedBorrowerWithNoInstalmentPaidIsToldToSpeakUpBeforeTheFirstFallsDue(Scheme scheme, Integer paid,
                                                                                       String variant) {
        Borrowers borrower = Borrowers.thousandDollarInstalment().employment(Employment.UNEMPLOYED).arrears(0)
                .scheme(scheme).asOf(LocalDate.of(2026, 11, 28)).reserves(4_500);
        if (paid != null) {
            borrower = borrower.paymentsMade(paid);
        }

        Advice advice = advice(borrower, "JOB_LOSS_CONTACT_BANK").orElseThrow();

        assertThat(advice.variant()).isEqualTo(variant);
        assertThat(codes(borrower).stream().filter("JOB_LOSS_CONTACT_BANK"::equals)).hasSize(1);
        if ("firstInstalment".equals(variant)) {
            assertThat(message(borrower, "JOB_LOSS_CONTACT_BANK"))
                    .startsWith("Without a job, talk to the bank before your first instalment of HK$1,000 falls due")
                    .contains("Your reserves of HK$4,500 would keep up repayments of HK$1,000 a month for 4.5 months.")
                    .doesNotContain("let the flat", "before you miss");
        }
    }

    @ParameterizedTest(name = "{0} with arrears {1}: contact-the-bank advice {2}")
    @CsvSource({
            "UNEMPLOYED,    0, true",
            "UNEMPLOYED,    1, false",
            "EMPLOYED,      0, false",
            "SELF_EMPLOYED, 0, false",
    })
    void anUnemployedBorrowerNotYetInArrearsIsToldToContactTheBank(Employment employment, int arrears, boolean fires) {
        Borrowers borrower = Borrowers.thousandDollarInstalment().employment(employment).arrears(arrears);

        assertThat(codes(borrower).contains("JOB_LOSS_CONTACT_BANK")).isEqualTo(fires);
    }

    /**
     * A loan repaid (every instalment paid): nothing is owed, so there is nothing for the bank to call, and a fall in
     * value leaves no debt above the flat; a borrower with one instalment left still owes, and is warned. The LTV it
     * was drawn at is still told (issue 2's catalogue goes by ltvPct alone), as a loan now repaid.
     */
    @ParameterizedTest(name = "{0} of 240 instalments paid: warned {1}")
    @CsvSource({"240, false", "239, true"})
    void aRepaidLoanLeavesNothingToCallAndNoDebtAboveTheFlat(int paymentsMade, boolean warned) {
        Borrowers borrower = Borrowers.buyer(5_400_000).scheme(Scheme.MORTGAGE_INSURANCE).tenor(240)
                .paymentsMade(paymentsMade).arrears(0).bankrupt(true);

        List<String> codes = codes(borrower);
        assertThat(codes.contains("HIGH_RISK_SCHEME")).as("HIGH_RISK_SCHEME").isEqualTo(warned);
        // Bankruptcy is an event of default either way (issue 2: bankrupt, CRITICAL); repaid, nothing is left to demand.
        Advice callLoan = advice(borrower, "CALL_LOAN_RISK").orElseThrow();
        assertThat(callLoan.variant()).isEqualTo(warned ? "bankruptcy" : "bankruptcyNothingOwed");
        assertThat(callLoan.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(hk.negequity.BundledRuleSet.preApprove(borrower).verdict())
                .isEqualTo(VerdictOutcome.DECLINE);
        assertThat(advice(borrower, "LTV_ABOVE_SAFE_LEVEL").orElseThrow().variant())
                .isEqualTo(warned ? "drawn" : "repaid");
        // Nor is a loan repaid held to the limits of a loan still owed (the cap, the tenor, mortgage insurance's terms).
        Borrowers overTheLimits = Borrowers.buyer(4_500_000).valuation(5_000_000).scheme(Scheme.MORTGAGE_INSURANCE)
                .use(hk.negequity.model.Use.NON_SELF_USE).tenor(420).paymentsMade(paymentsMade == 240 ? 420 : 24)
                .agreementDate(LocalDate.of(2024, 11, 1)).income(30_000);
        for (String code : List.of("LTV_ABOVE_POLICY_CAP", "TENOR_ABOVE_MAXIMUM", "MIP_NOT_ELIGIBLE")) {
            assertThat(hk.negequity.BundledRuleSet.preApprove(overTheLimits).advice().stream()
                    .anyMatch(a -> a.code().equals(code))).as(code).isEqualTo(warned);
        }
        for (double amount : new double[] {6_000_000, 6_600_000}) {
            Borrowers staffLoan = Borrowers.buyer(amount).scheme(Scheme.STAFF_LOAN).tenor(240).paymentsMade(paymentsMade);
            assertThat(advice(staffLoan, "LTV_ABOVE_SAFE_LEVEL").orElseThrow().variant()).as("HK$%s", amount)
                    .isEqualTo(warned ? (amount == 6_000_000 ? "drawnAtValue" : "drawnAboveValue") : "repaid");
            assertThat(codes(staffLoan).contains("HIGH_RISK_SCHEME")).as("HK$%s", amount).isEqualTo(warned);
        }
    }

    @Test
    void aBankruptWithNothingOwedIsToldThereIsNothingToDemand() {
        Borrowers repaid = Borrowers.buyer(3_000_000).paymentsMade(360).bankrupt(true);

        var item = item(repaid, "CALL_LOAN_RISK");
        assertThat(item.title()).isEqualTo("Bankrupt, with nothing owed on this loan");
        assertThat(item.message()).contains("event of default", "nothing for the bank to demand")
                .doesNotContain("demand the whole loan", "sell the flat");
        assertThat(codes(repaid.bankrupt(false))).doesNotContain("CALL_LOAN_RISK");
    }

    @ParameterizedTest(name = "{0}, repaid: no instalment to miss")
    @CsvSource({"STANDARD, 2026-11-28", "MORTGAGE_INSURANCE, 2026-11-28", "MORTGAGE_INSURANCE, 2024-01-02"})
    void anOwnerOutOfWorkWithTheLoanRepaidHasNoInstalmentToMiss(Scheme scheme, String asOf) {
        Borrowers repaid = Borrowers.thousandDollarInstalment().employment(Employment.UNEMPLOYED).arrears(0)
                .scheme(scheme).asOf(LocalDate.parse(asOf)).paymentsMade(360);

        assertThat(codes(repaid)).doesNotContain("JOB_LOSS_CONTACT_BANK");
        assertThat(codes(repaid.paymentsMade(359))).as("one instalment left").contains("JOB_LOSS_CONTACT_BANK");
        assertThat(codes(Borrowers.nothing().employment(Employment.UNEMPLOYED).arrears(0)))
                .as("the instalment not known").contains("JOB_LOSS_CONTACT_BANK");
    }

    @ParameterizedTest(name = "arrears {0}, bankrupt {1}, in negative equity: \"{2}\" and the shortfall")
    @CsvSource(delimiter = '|', value = {
            "1 | false | With 1 instalment in arrears",
            "2 | false | With 2 instalments in arrears",
            "0 | true  | Bankruptcy is an event of default",
            "2 | true  | With 2 instalments in arrears, and bankrupt, you are in default twice over"})
    void theRiskSaysWhatASaleAtTodaysValueWouldLeaveOwing(int arrears, boolean bankrupt, String opening) {
        assertThat(message(inNegativeEquity().arrears(arrears).bankrupt(bankrupt), "CALL_LOAN_RISK"))
                .startsWith(opening)
                .endsWith("you still owe the difference: at the flat's current value, HK$100,000.");
    }

    @Test
    void withoutAShortfallTheRiskSaysNothingOfOne() {
        assertThat(message(Borrowers.nothing().arrears(1), "CALL_LOAN_RISK"))
                .endsWith("you still owe the difference.").doesNotContain("—", "[", "current value");
        assertThat(message(Borrowers.nothing().outstanding(4_000_000).currentValue(4_900_000).bankrupt(true),
                "CALL_LOAN_RISK")).endsWith("you still owe the difference.");
    }

    @Test
    void anOwnerOutOfWorkIsToldTheInstalmentAndHowLongTheReservesLast() {
        Borrowers borrower = Borrowers.thousandDollarInstalment().employment(Employment.UNEMPLOYED).arrears(0)
                .otherDebt(500).reserves(4_500);

        assertThat(message(borrower, "JOB_LOSS_CONTACT_BANK"))
                .contains("before you miss a payment of HK$1,000 and ask",
                        "Your reserves of HK$4,500 would keep up repayments of HK$1,500 a month for 3 months.");
        assertThat(message(borrower.reserves(0), "JOB_LOSS_CONTACT_BANK")).contains("for 0 months.");
    }

    @Test
    void anOwnerOutOfWorkWhoseFiguresAreNotKnownGetsTheAdviceWithoutThem() {
        assertThat(message(Borrowers.thousandDollarInstalment().employment(Employment.UNEMPLOYED).arrears(0),
                "JOB_LOSS_CONTACT_BANK")).contains("a payment of HK$1,000 and ask").doesNotContain("reserves of", "—");
        assertThat(message(Borrowers.nothing().employment(Employment.UNEMPLOYED).arrears(0), "JOB_LOSS_CONTACT_BANK"))
                .startsWith("Without a job, contact your bank before you miss a payment and ask about restructuring")
                .doesNotContain("—", "[", "]");
    }
}
