package hk.negequity.policy;

import static hk.negequity.BundledRuleSet.codes;
import static hk.negequity.BundledRuleSet.preApprove;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hk.negequity.Borrowers;
import hk.negequity.advice.AdviceItem;
import hk.negequity.advice.PreApprovalAnswer;
import hk.negequity.facts.VerdictOutcome;
import hk.negequity.model.Scheme;
import hk.negequity.model.Use;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DSR caps by regime and use, the stress test where it applied, and the maximum loan by debt servicing. */
class DebtServiceTest {

    /** HK$360,000 at 0% over 360 months: exactly HK$1,000 a month, so the DSR edges are exact. */
    private static Borrowers thousandADay(String agreed, Use use) {
        return Borrowers.thousandDollarInstalment().price(1_000_000).valuation(1_000_000).use(use).completed(true)
                .agreementDate(LocalDate.parse(agreed)).scheme(Scheme.STANDARD);
    }

    @ParameterizedTest(name = "{0} {1}: HK$1,000 a month on an income of HK${2}: above the cap {3}")
    @CsvSource({
            "2024-10-16, SELF_USE,     2000,    false",
            "2024-10-16, SELF_USE,     1999.99, true",
            "2024-10-16, NON_SELF_USE, 2000,    false",
            "2024-10-16, NON_SELF_USE, 1999.99, true",
            "2024-02-28, NON_SELF_USE, 2500,    false",
            "2024-02-28, NON_SELF_USE, 2499.99, true",
            "2023-07-07, NON_SELF_USE, 2500,    false",
            "2023-07-07, SELF_USE,     2000,    false",
            "2023-07-07, SELF_USE,     1999.99, true",
    })
    void theDsrCapDependsOnTheRegimeAndTheUse(String regime, Use use, double income, boolean above) {
        assertThat(codes(thousandADay(regime, use).income(income)).contains("DSR_ABOVE_CAP")).isEqualTo(above);
    }

    @Test
    void repaymentsJustAboveTheCapAndTheCapDoNotReadAlike() {
        AdviceItem dsr = preApprove(thousandADay("2024-10-16", Use.SELF_USE).income(1_999.99)).advice().stream()
                .filter(a -> a.code().equals("DSR_ABOVE_CAP")).findFirst().orElseThrow();

        assertThat(dsr.message()).contains("Repayments of HK$1,000 a month", "(HK$999.995 a month)");
    }

    /** The cap in dollars reads as the decimal it is: 40% of HK$33,333.33 is HK$13,333.332, not 13333.332000000002. */
    @ParameterizedTest(name = "{0}: the cap on an income of HK${1} is HK${2} a month")
    @CsvSource({"SELF_USE, 12345.67, 6172.835", "NON_SELF_USE, 33333.33, 13333.332"})
    void theMostRepaymentsTheCapAllowsAreAnExactDecimal(Use use, double income, double maxOutgoings) {
        AdviceItem dsr = preApprove(thousandADay("2024-02-28", use).otherDebt(20_000).income(income)).advice()
                .stream().filter(a -> a.code().equals("DSR_ABOVE_CAP")).findFirst().orElseThrow();

        assertThat(dsr.figures()).containsEntry("maxOutgoings", maxOutgoings);
    }

    @Test
    void otherDebtsCountTowardsTheDsr() {
        assertThat(codes(thousandADay("2024-10-16", Use.SELF_USE).otherDebt(500).income(3_000)))
                .doesNotContain("DSR_ABOVE_CAP");
        assertThat(codes(thousandADay("2024-10-16", Use.SELF_USE).otherDebt(500.01).income(3_000)))
                .contains("DSR_ABOVE_CAP");
    }

    /** HK$4.2M at 3.5%: HK$18,859.88 a month; at 5.5%, HK$23,847.14. */
    private static Borrowers stressCase(String agreed, double income) {
        return Borrowers.buyer(4_200_000).agreementDate(LocalDate.parse(agreed)).income(income);
    }

    @ParameterizedTest(name = "income HK${0}: stressed DSR {1}%, fails {2}")
    @CsvSource({
            // 23,847.14 / 0.60 = 39,745.23
            "39746, false",
            "39745, true",
    })
    void underThe2023RegimeTheStressTestAppliesAtTheRatePlusTwoPoints(double income, boolean fails) {
        Borrowers borrower = stressCase("2023-07-07", income);

        assertThat(codes(borrower).contains("STRESS_TEST_FAILED")).isEqualTo(fails);
        if (fails) {
            AdviceItem failed = preApprove(borrower).reasons().stream()
                    .filter(r -> r.code().equals("STRESS_TEST_FAILED")).findFirst().orElseThrow();
            assertThat((Double) failed.figures().get("stressedPayment")).isCloseTo(23_847.14, within(0.005));
            assertThat(failed.figures()).containsEntry("stressedRatePct", 5.5).containsEntry("stressedDsrCapPct", 60.0);
        }
    }

    /**
     * The flat's use not given: 2023-07-07's stressed caps are 60% (self-use) and 50% (non-self-use), so a stressed
     * DSR above 60% fails whatever the use, and one between them waits for the use. 23,847.14 / 0.50 = 47,694.28.
     */
    @ParameterizedTest(name = "use not given, income HK${0}, {1} instalments paid: fails {2} (variant {3}), verdict {4}")
    @CsvSource({
            "39745, 0,  true,  everyUse,      DECLINE",
            "39745, 12, true,  everyUseDrawn, DECLINE",
            "39746, 0,  false, ,              REFER",
            "47694, 0,  false, ,              REFER",
            "47695, 0,  false, ,              REFER",
    })
    void withoutTheUseTheStressTestFailsWhenItFailsForEveryUse(double income, int paymentsMade, boolean fails,
                                                                String variant, VerdictOutcome verdict) {
        Borrowers borrower = stressCase("2023-07-07", income).use(null).paymentsMade(paymentsMade);

        PreApprovalAnswer answer = preApprove(borrower);
        assertThat(answer.verdict()).isEqualTo(verdict);
        java.util.Optional<AdviceItem> failed = answer.advice().stream()
                .filter(a -> a.code().equals("STRESS_TEST_FAILED")).findFirst();
        assertThat(failed.isPresent()).isEqualTo(fails);
        failed.ifPresent(item -> {
            assertThat(hk.negequity.BundledRuleSet.advice(borrower, "STRESS_TEST_FAILED").orElseThrow().variant())
                    .isEqualTo(variant);
            assertThat(item.figures()).containsEntry("stressedDsrCapPct", 60.0);
            assertThat(item.message()).endsWith("above the stressed cap of 60% whatever the flat's use.");
            // Worked on the loan as first drawn: told apart from the rate rise on today's balance (review).
            assertThat(item.message().contains("the loan as first drawn")).isEqualTo(paymentsMade > 0);
        });
    }

    @ParameterizedTest(name = "income HK${0}, non-self-use: stressed DSR above 50% fails {1}")
    @CsvSource({"47694, true", "47695, false"})
    void aNonSelfUseFlatIsStressedAgainstFiftyPercent(double income, boolean fails) {
        assertThat(codes(stressCase("2023-07-07", income).use(Use.NON_SELF_USE)).contains("STRESS_TEST_FAILED"))
                .isEqualTo(fails);
    }

    @ParameterizedTest(name = "regime {0}: no stress test, but the rate-rise sensitivity is reported")
    @CsvSource({"2024-02-28", "2024-10-16"})
    void withoutAStressTestTheRiseIsStillReportedAsASensitivity(String agreed) {
        PreApprovalAnswer answer = preApprove(stressCase(agreed, 30_000));

        assertThat(answer.advice()).extracting(AdviceItem::code).doesNotContain("STRESS_TEST_FAILED")
                .contains("RATE_RISE_SENSITIVITY");
        AdviceItem rise = answer.advice().stream().filter(a -> a.code().equals("RATE_RISE_SENSITIVITY"))
                .findFirst().orElseThrow();
        assertThat(rise.severity().name()).isEqualTo("INFO");
        assertThat((Double) rise.figures().get("risenPayment")).isCloseTo(23_847.14, within(0.005));
        assertThat((Double) rise.figures().get("risenDsrPct")).isCloseTo(23_847.14 * 100 / 30_000, within(0.001));
    }

    /** The seed article's loan (facts file §2): HK$5.4M at 3.5% over 360 months, HK$24,248.41 a month. */
    private static Borrowers seedLoan() {
        return Borrowers.nothing().amount(5_400_000).rate(3.5).tenor(360).income(60_000);
    }

    private static java.util.Map<String, Object> rateRise(Borrowers borrower) {
        return hk.negequity.BundledRuleSet.advice(borrower, "RATE_RISE_SENSITIVITY").orElseThrow().figures();
    }

    @Test
    void aRateRiseOnANewLoanReamortisesTheAmountOverTheTerm() {
        // 5.4M at 5.5% over 360 months.
        assertThat((Double) rateRise(seedLoan()).get("risenPayment")).isCloseTo(30_660.61, within(0.005));
        assertThat((Double) rateRise(seedLoan().paymentsMade(0)).get("risenPayment")).isCloseTo(30_660.61, within(0.005));
    }

    @Test
    void aRateRiseAfterPaymentsReamortisesTheBalanceOverTheMonthsLeft() {
        // After 60 payments the balance is HK$4,843,641.93 (facts file §2); at 5.5% over the 300 months left,
        // HK$29,744.20 a month: a DSR of 49.57% on HK$60,000, where the whole loan over 360 months would read 51.10%.
        java.util.Map<String, Object> rise = rateRise(seedLoan().paymentsMade(60));

        assertThat((Double) rise.get("monthlyPayment")).isCloseTo(24_248.41, within(0.005));
        assertThat((Double) rise.get("risenPayment")).isCloseTo(29_744.20, within(0.005));
        assertThat((Double) rise.get("paymentIncrease")).isCloseTo(29_744.20 - 24_248.41, within(0.01));
        assertThat((Double) rise.get("risenDsrPct")).isCloseTo(49.5737, within(0.0001));
    }

    @Test
    void aRateRiseOnAGivenBalanceUsesThatBalanceAtBothRates() {
        // HK$3M left (a part repayment) with 300 months to go: HK$15,018.71 a month at 3.5%, HK$18,422.62 at 5.5%.
        java.util.Map<String, Object> rise = rateRise(seedLoan().paymentsMade(60).outstanding(3_000_000));

        assertThat((Double) rise.get("monthlyPayment")).isCloseTo(15_018.71, within(0.005));
        assertThat((Double) rise.get("risenPayment")).isCloseTo(18_422.62, within(0.005));
        assertThat((Double) rise.get("paymentIncrease")).as("the rise's alone, never a fall")
                .isCloseTo(18_422.62 - 15_018.71, within(0.01));
        assertThat((Double) rise.get("dsrPct")).isCloseTo(15_018.707 * 100 / 60_000, within(0.0001));
        assertThat(rise).as("the balance and months it is priced on, which the message names")
                .containsEntry("outstanding", 3_000_000.0).containsEntry("monthsLeft", 300.0);

        // Off the loan's schedule, the instalment re-priced is not the one paid: the advice names both.
        assertThat((Double) rise.get("instalmentAsDrawn")).isCloseTo(24_248.41, within(0.005));
    }

    @Test
    void aBalanceOnTheLoansScheduleRepricesToTheInstalmentPaidAndNamesNoOther() {
        assertThat(rateRise(seedLoan().paymentsMade(60))).doesNotContainKey("instalmentAsDrawn");
        assertThat(rateRise(seedLoan().paymentsMade(60).outstanding(4_843_641.93))).as("the balance given to the cent")
                .doesNotContainKey("instalmentAsDrawn");
        assertThat(rateRise(seedLoan())).doesNotContainKey("instalmentAsDrawn");
    }

    @Test
    void anOwnerWhoKnowsTheBalanceButNotTheAmountDrawnHasTheRateRiseReservesAndDebtServiceOnIt() {
        // The seed's loan after 60 payments, given as its balance alone: the same instalment, re-priced over the
        // 300 months left, as when the amount is given.
        Borrowers owner = Borrowers.nothing().outstanding(4_843_641.926229646).rate(3.5).tenor(360).paymentsMade(60)
                .income(60_000);
        java.util.Map<String, Object> rise = rateRise(owner);

        assertThat((Double) rise.get("monthlyPayment")).isCloseTo(24_248.41, within(0.005));
        assertThat((Double) rise.get("risenPayment")).isCloseTo(29_744.20, within(0.005));
        assertThat((Double) rise.get("risenDsrPct")).isCloseTo(49.5737, within(0.0001));
        assertThat(rise).containsEntry("monthsLeft", 300.0);
        // Six instalments of reserves are enough; a cent less is not.
        double sixMonths = hk.negequity.figures.MortgageMath.monthlyPayment(4_843_641.926229646, 3.5, 300) * 6;
        assertThat(codes(owner.reserves(Math.ceil(sixMonths * 100) / 100))).contains("RESERVE_ADEQUATE")
                .doesNotContain("RESERVE_BELOW_SIX_MONTHS");
        assertThat(codes(owner.reserves(Math.floor(sixMonths * 100) / 100 - 0.01))).contains("RESERVE_BELOW_SIX_MONTHS");
        // Agreed under the current regime (a 50% cap), five years before: twice the instalment is a DSR of 50%.
        Borrowers agreed = owner.reserves(0).agreementDate(LocalDate.of(2024, 11, 1)).asOf(LocalDate.of(2029, 11, 1));
        assertThat(codes(agreed.income(24_248.42 * 2))).doesNotContain("DSR_ABOVE_CAP");
        assertThat(codes(agreed.income(24_248.40 * 2))).as("DSR just above 50%").contains("DSR_ABOVE_CAP");
    }

    @Test
    void aBalanceGivenWithoutThePaymentsMadeRunsForTheMonthsItsInstalmentStillNeeds() {
        // The scheduled balance after 60 payments, given alone: its instalment of HK$24,248.41 clears it in
        // exactly 300 months, so the answer is the same as with the payments made given.
        assertThat((Double) rateRise(seedLoan().outstanding(4_843_641.926229646)).get("risenPayment"))
                .isCloseTo(29_744.20, within(0.005));
        // The README's owner: HK$5.4M at 3.25% (HK$23,501.14 a month), HK$5M still owed: 317.42 months left;
        // at 5.25%, HK$29,172.49 a month, where the whole loan over 360 months would read HK$29,819.
        java.util.Map<String, Object> owner = rateRise(seedLoan().rate(3.25).outstanding(5_000_000));
        assertThat((Double) owner.get("risenPayment")).isCloseTo(29_172.49, within(0.005));
        assertThat((Double) owner.get("monthsLeft")).isCloseTo(317.42, within(0.005));
        assertThat(rateRise(seedLoan())).as("a new loan: the whole term").containsEntry("monthsLeft", 360.0)
                .containsEntry("outstanding", 5_400_000.0);
        assertThat((Double) rateRise(seedLoan().rate(3.25).outstanding(5_000_000).paymentsMade(0)).get("risenPayment"))
                .as("no instalment recorded: the balance given, as when paymentsMade is absent")
                .isCloseTo(29_172.49, within(0.005));
        // Owing more than was drawn (arrears added) before any instalment: that balance over the whole term.
        java.util.Map<String, Object> more = rateRise(seedLoan().amount(5_000_000).outstanding(5_400_000));
        assertThat((Double) more.get("monthlyPayment")).isCloseTo(24_248.41, within(0.005));
        assertThat(more).containsEntry("outstanding", 5_400_000.0).containsEntry("monthsLeft", 360.0);
    }

    @Test
    void aBalanceUnderOneInstalmentIsClearedByOnePaymentOfItAndAMonthsInterest() {
        // HK$5M at 3% over 360 months: HK$21,080.20 a month. HK$10,000 owed is one last payment: HK$10,025 at 3%
        // (a month's interest at 0.25%), HK$10,041.67 at 5%; never more than the balance's own month.
        java.util.Map<String, Object> last = rateRise(seedLoan().amount(5_000_000).rate(3).outstanding(10_000));
        assertThat(last).containsEntry("monthsLeft", 1.0);
        assertThat((Double) last.get("monthlyPayment")).isCloseTo(10_025, within(1e-6));
        assertThat((Double) last.get("risenPayment")).isCloseTo(10_000 * (1 + 0.05 / 12), within(1e-6));
        // At exactly one instalment's worth (the balance one payment clears), the loan's own instalment.
        double oneInstalment = hk.negequity.figures.MortgageMath.monthlyPayment(5_000_000, 3, 360) / (1 + 0.0025);
        java.util.Map<String, Object> atOne = rateRise(seedLoan().amount(5_000_000).rate(3).outstanding(
                hk.negequity.figures.Decimals.amount(oneInstalment)));
        assertThat((Double) atOne.get("monthsLeft")).isCloseTo(1.0, within(1e-6));
        assertThat((Double) atOne.get("monthlyPayment")).isCloseTo(21_080.20, within(0.005));
        // A little more than one instalment's worth: just over a month, at the loan's own instalment.
        java.util.Map<String, Object> over = rateRise(seedLoan().amount(5_000_000).rate(3).outstanding(25_000));
        assertThat((Double) over.get("monthsLeft")).isGreaterThan(1.0).isLessThan(2.0);
        assertThat((Double) over.get("monthlyPayment")).isCloseTo(21_080.20, within(0.005));
    }

    @Test
    void atTheLoansOwnRateTheInstalmentStaysAsItIs() {
        // The re-pricing's own check: the balance over the months left, at the same rate, gives the same
        // instalment back, so the increase is the rise's alone.
        double balance = hk.negequity.figures.MortgageMath.balanceAfter(5_400_000, 3.5, 360, 60);
        assertThat(hk.negequity.figures.Repricing.instalment(5_400_000.0, balance, 360, 60, 3.5, 3.5))
                .isCloseTo(24_248.41, within(0.005));
        assertThat(hk.negequity.figures.Repricing.instalment(5_400_000.0, 5_000_000, 360, null, 3.5, 3.5))
                .isCloseTo(24_248.41, within(0.005));
        assertThat(hk.negequity.figures.Repricing.instalment(360_000.0, 300_000, 360, null, 0, 0))
                .as("at no interest").isCloseTo(1_000, within(1e-9));
    }

    @Test
    void aLoanPaidOffHasNoInstalmentToServiceStressOrKeepReservesFor() {
        // Under the 2023 regime, with a stress test; the stressed instalment alone would fail at this income.
        Borrowers repaid = stressCase("2023-07-07", 10_000).tenor(360).paymentsMade(360).reserves(0);

        assertThat(codes(repaid)).doesNotContain("DSR_ABOVE_CAP", "STRESS_TEST_FAILED", "RESERVE_BELOW_SIX_MONTHS");
        assertThat(codes(repaid.otherDebt(5_000.01))).as("other debts are still serviced").contains("DSR_ABOVE_CAP");
        assertThat(codes(stressCase("2023-07-07", 10_000).tenor(360).paymentsMade(359)))
                .as("one instalment left").contains("DSR_ABOVE_CAP", "STRESS_TEST_FAILED");
        assertThat(codes(stressCase("2023-07-07", 10_000).outstanding(0)))
                .as("nothing owed before any instalment: a loan still to be drawn, serviced and stressed")
                .contains("DSR_ABOVE_CAP", "STRESS_TEST_FAILED");
    }

    @Test
    void aLoanPaidOffHasNoRateRiseToReport() {
        assertThat(codes(seedLoan().paymentsMade(360))).doesNotContain("RATE_RISE_SENSITIVITY");
        assertThat(codes(seedLoan().outstanding(0).paymentsMade(12))).as("nothing owed")
                .doesNotContain("RATE_RISE_SENSITIVITY");
        assertThat(codes(seedLoan().outstanding(0))).as("a balance of 0 and no instalment: a loan not yet drawn")
                .contains("RATE_RISE_SENSITIVITY");
        assertThat(hk.negequity.figures.Repricing.instalment(5_400_000.0, 0, 360, null, 3.5, 5.5)).isZero();
        assertThat(codes(seedLoan().paymentsMade(359))).contains("RATE_RISE_SENSITIVITY");
    }

    @Test
    void theMaximumLoanByDsrIsWorkedFromTheCapRateAndTenor() {
        // HK$50,000 × 50% = HK$25,000 a month at 3.5% over 360 months: HK$5,567,374.62.
        PreApprovalAnswer answer = preApprove(Borrowers.nothing().price(10_000_000).valuation(10_000_000)
                .use(Use.SELF_USE).completed(true).amount(5_000_000).rate(3.5).tenor(360).income(50_000)
                .agreementDate(LocalDate.of(2025, 1, 1)));

        assertThat(answer.maxLoanByDsr()).isCloseTo(5_567_374.62, within(0.01));
        assertThat(answer.maxLoanByLtv()).isEqualTo(7_000_000);
        assertThat(answer.maxLoan()).isCloseTo(5_567_374.62, within(0.01));
        assertThat(answer.maxLoanDrivenBy()).isEqualTo("DSR");
    }

    @Test
    void underAStressTestTheMaximumLoanIsTheLowerOfTheDsrAndTheStressedDsr() {
        // Stressed: HK$50,000 × 60% = HK$30,000 a month at 5.5%: HK$5,283,652.89 < HK$5,567,374.62.
        PreApprovalAnswer answer = preApprove(Borrowers.nothing().price(10_000_000).valuation(10_000_000)
                .use(Use.SELF_USE).completed(true).amount(5_000_000).rate(3.5).tenor(360).income(50_000)
                .agreementDate(LocalDate.of(2023, 8, 1)));

        assertThat(answer.maxLoanByDsr()).isCloseTo(5_283_652.89, within(0.01));
        assertThat(answer.maxLoan()).isCloseTo(5_283_652.89, within(0.01));
    }

    /** The helper's cases: an income that is no round number, with and without the 2023 stress test. */
    @ParameterizedTest(name = "agreed {0}, {1}% over {2} months: a loan at the maximum reported passes, a cent more does not")
    @CsvSource({"2026-01-10, 4.1, 300", "2023-08-01, 4.1, 360", "2025-01-01, 3.5, 360"})
    void aLoanAtTheReportedMaximumPassesAndACentMoreIsDeclined(String agreed, double rate, int tenor) {
        Borrowers borrower = Borrowers.nothing().price(100_000_000).valuation(100_000_000).use(Use.SELF_USE)
                .completed(true).rate(rate).tenor(tenor).income(123_456).reserves(100_000_000)
                .agreementDate(LocalDate.parse(agreed)).scheme(Scheme.STANDARD);
        double maxLoan = preApprove(borrower.amount(1_000_000)).maxLoan();

        PreApprovalAnswer atTheMaximum = preApprove(borrower.amount(maxLoan));
        assertThat(atTheMaximum.verdict()).isEqualTo(VerdictOutcome.PASS);
        assertThat(atTheMaximum.maxLoan()).isEqualTo(maxLoan);

        assertThat(preApprove(borrower.amount(maxLoan + 0.01)).verdict()).isEqualTo(VerdictOutcome.DECLINE);
    }

    @Test
    void otherDebtsThatUseUpTheCapLeaveNoRoomForALoan() {
        PreApprovalAnswer answer = preApprove(thousandADay("2024-10-16", Use.SELF_USE).income(2_000).otherDebt(1_000));

        assertThat(answer.maxLoanByDsr()).isZero();
        assertThat(answer.maxLoan()).isZero();
    }

    @ParameterizedTest(name = "a tenor of {0} months is above the maximum: {1}")
    @CsvSource({"359, false", "360, false", "361, true", "600, true"})
    void tenorAboveThirtyYearsIsDeclined(int months, boolean above) {
        assertThat(codes(Borrowers.buyer(4_000_000).tenor(months)).contains("TENOR_ABOVE_MAXIMUM")).isEqualTo(above);
    }

    /** The 30-year maximum is the HKMA's for mortgages agreed from 2012-09-14 (facts file §2). */
    @ParameterizedTest(name = "a 35-year loan agreed {0}: above the maximum {1}")
    @CsvSource({"2012-09-13, false", "2012-09-14, true", "2012-09-15, true"})
    void theThirtyYearMaximumHoldsForAgreementsFromItsDay(String agreed, boolean above) {
        Borrowers buyer = Borrowers.buyer(4_000_000).tenor(420).agreementDate(LocalDate.parse(agreed));
        Borrowers owner = Borrowers.buyer(4_000_000).tenor(420).agreementDate(LocalDate.parse(agreed)).paymentsMade(12);

        assertThat(codes(buyer).contains("TENOR_ABOVE_MAXIMUM")).isEqualTo(above);
        assertThat(codes(owner).contains("TENOR_ABOVE_MAXIMUM")).isEqualTo(above);
    }

    @Test
    void aLoanBeingRepaidWithoutItsAgreementDateIsAskedForItBeforeItsTenorIsJudged() {
        PreApprovalAnswer answer = preApprove(Borrowers.buyer(4_000_000).tenor(420).paymentsMade(12));

        assertThat(answer.advice()).extracting(AdviceItem::code).doesNotContain("TENOR_ABOVE_MAXIMUM");
        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.REFER);
        assertThat(answer.needs()).filteredOn(need -> need.fact().equals("property.agreementDate")).singleElement()
                .satisfies(need -> assertThat(need.unlocks()).contains("TENOR_ABOVE_MAXIMUM"));
    }
}
