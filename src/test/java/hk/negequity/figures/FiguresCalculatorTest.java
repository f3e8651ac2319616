package hk.negequity.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hk.negequity.Borrowers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FiguresCalculatorTest {

    private static Figures figuresOf(Borrowers borrower) {
        return FiguresCalculator.compute(borrower.request());
    }

    @Nested
    class LendingBaseAndLtv {

        @Test
        void theLendingBaseIsTheLowerOfPriceAndValuation() {
            assertThat(figuresOf(Borrowers.nothing().price(6_000_000).valuation(5_900_000)).lendingBase())
                    .isEqualTo(5_900_000);
            assertThat(figuresOf(Borrowers.nothing().price(5_800_000).valuation(5_900_000)).lendingBase())
                    .isEqualTo(5_800_000);
        }

        @Test
        void withOnlyOneOfPriceAndValuationTheLendingBaseIsThatOne() {
            assertThat(figuresOf(Borrowers.nothing().price(6_000_000)).lendingBase()).isEqualTo(6_000_000);
            assertThat(figuresOf(Borrowers.nothing().valuation(5_000_000)).lendingBase()).isEqualTo(5_000_000);
        }

        @Test
        void ltvIsExactAtTheThresholds() {
            assertThat(figuresOf(Borrowers.buyer(4_800_000)).ltvPct()).isEqualTo(80.0);
            assertThat(figuresOf(Borrowers.buyer(5_400_000)).ltvPct()).isEqualTo(90.0);
            assertThat(figuresOf(Borrowers.buyer(4_200_000)).ltvPct()).isEqualTo(70.0);
        }

        @Test
        void ltvUsesTheValuationWhenItIsLower() {
            Figures figures = figuresOf(Borrowers.buyer(5_310_000).valuation(5_900_000));
            assertThat(figures.ltvPct()).isCloseTo(90.0, within(1e-9));
            assertThat(figures.valuationShortfall()).isEqualTo(100_000);
            assertThat(figures.priceOverValuationPct()).isCloseTo(100.0 / 59, within(1e-9));
        }

        @Test
        void aPriceACentAboveTheValuationHasAShortfallOfACent() {
            assertThat(figuresOf(Borrowers.nothing().price(6_000_000.01).valuation(6_000_000)).valuationShortfall())
                    .isEqualTo(0.01);
        }

        @Test
        void aPriceBelowValuationHasNoShortfall() {
            Figures figures = figuresOf(Borrowers.nothing().price(5_000_000).valuation(5_100_000));
            assertThat(figures.valuationShortfall()).isZero();
            assertThat(figures.priceOverValuationPct()).isNegative();
        }
    }

    @Nested
    class Outstanding {

        @Test
        void theGivenBalanceWins() {
            assertThat(figuresOf(Borrowers.buyer(5_400_000).paymentsMade(60).outstanding(5_000_000)).outstanding())
                    .isEqualTo(5_000_000);
        }

        @Test
        void withoutABalanceItIsTheScheduledBalanceAfterThePaymentsMade() {
            assertThat(figuresOf(Borrowers.buyer(5_400_000).paymentsMade(60)).outstanding())
                    .isCloseTo(4_843_642, within(0.5));
        }

        @Test
        void withNeitherItIsTheAmountDrawn() {
            assertThat(figuresOf(Borrowers.nothing().amount(5_400_000)).outstanding()).isEqualTo(5_400_000);
            assertThat(figuresOf(Borrowers.nothing().amount(5_400_000).paymentsMade(0)).outstanding())
                    .isEqualTo(5_400_000);
        }

        @Test
        void aBalanceOfZeroWithNoInstalmentRecordedIsALoanNotYetDrawn() {
            // Its debt, once drawn, is the amount; with instalments made (or overdue), 0 is a loan repaid.
            assertThat(figuresOf(Borrowers.buyer(5_400_000).outstanding(0)).outstanding()).isEqualTo(5_400_000);
            assertThat(figuresOf(Borrowers.buyer(5_400_000).outstanding(0).paymentsMade(0)).outstanding())
                    .isEqualTo(5_400_000);
            assertThat(figuresOf(Borrowers.buyer(5_400_000).outstanding(0).paymentsMade(360)).outstanding()).isZero();
            assertThat(figuresOf(Borrowers.buyer(5_400_000).outstanding(0).paymentsMade(360)).monthlyPayment())
                    .isZero();
            assertThat(figuresOf(Borrowers.nothing().outstanding(0)).outstanding()).as("no amount: as given").isZero();
        }

        @Test
        void paymentsMadeWithoutRateOrTenorLeaveTheBalanceUnknown() {
            assertThat(figuresOf(Borrowers.nothing().amount(5_400_000).paymentsMade(12)).outstanding()).isNull();
            assertThat(figuresOf(Borrowers.nothing().amount(5_400_000).tenor(360).paymentsMade(359)).outstanding())
                    .as("one instalment left, no rate").isNull();
        }

        @Test
        void everyInstalmentOfTheTermPaidLeavesNothingOwedWithoutRateOrAmount() {
            Figures noRate = figuresOf(Borrowers.nothing().amount(9_000_000).tenor(360).paymentsMade(360)
                    .currentValue(9_000_000));
            assertThat(noRate.outstanding()).isZero();
            assertThat(noRate.monthlyPayment()).isZero();
            assertThat(noRate.equity()).isEqualTo(9_000_000);
            assertThat(figuresOf(Borrowers.nothing().tenor(240).paymentsMade(240)).outstanding()).as("no amount")
                    .isZero();
            assertThat(figuresOf(Borrowers.nothing().amount(9_000_000).tenor(360).paymentsMade(360).outstanding(0))
                    .outstanding()).as("and said so").isZero();
        }
    }

    @Nested
    class EquityAndHeadroom {

        @Test
        void equityAndHeadroomCompareTheBalanceWithTheCurrentValue() {
            Figures figures = figuresOf(Borrowers.nothing().outstanding(5_000_000).currentValue(4_900_000));
            assertThat(figures.equity()).isEqualTo(-100_000);
            assertThat(figures.currentLtvPct()).isCloseTo(102.0408, within(1e-4));
            assertThat(figures.headroomPct()).isCloseTo(-2.0408, within(1e-4));
        }

        @Test
        void headroomIsExactlyTenPercentWhenTheBalanceIsNinetyPercentOfTheValue() {
            assertThat(figuresOf(Borrowers.nothing().outstanding(4_500_000).currentValue(5_000_000)).headroomPct())
                    .isEqualTo(10.0);
        }

        @Test
        void withoutACurrentValueThereIsNoEquityFigure() {
            Figures figures = figuresOf(Borrowers.buyer(5_400_000));
            assertThat(figures.equity()).isNull();
            assertThat(figures.headroomPct()).isNull();
            assertThat(figures.currentLtvPct()).isNull();
        }
    }

    @Nested
    class ReservesAndDebtService {

        @Test
        void reserveMonthsDivideReservesByPaymentPlusOtherDebt() {
            Figures figures = figuresOf(Borrowers.thousandDollarInstalment().otherDebt(500).reserves(9_000));
            assertThat(figures.monthlyOutgoings()).isEqualTo(1_500);
            assertThat(figures.reserveMonths()).isEqualTo(6.0);
        }

        @Test
        void absentOtherDebtCountsAsNone() {
            assertThat(figuresOf(Borrowers.thousandDollarInstalment().reserves(6_000)).reserveMonths()).isEqualTo(6.0);
        }

        @Test
        void dsrIsOutgoingsOverIncome() {
            assertThat(figuresOf(Borrowers.thousandDollarInstalment().otherDebt(500).income(3_000)).dsrPct())
                    .isEqualTo(50.0);
        }

        @Test
        void noIncomeMeansNoDsr() {
            assertThat(figuresOf(Borrowers.thousandDollarInstalment().income(0)).dsrPct()).isNull();
        }

        @Test
        void aLoanWithEveryInstalmentPaidLeavesOnlyTheOtherDebtToService() {
            Figures figures = figuresOf(Borrowers.thousandDollarInstalment().paymentsMade(360).otherDebt(500)
                    .income(3_000).reserves(9_000));

            assertThat(figures.outstanding()).isZero();
            assertThat(figures.monthlyPayment()).isZero();
            assertThat(figures.monthlyOutgoings()).isEqualTo(500);
            assertThat(figures.dsrPct()).isCloseTo(100.0 / 6, within(1e-9));
            assertThat(figures.reserveMonths()).isEqualTo(18.0);
        }

        @Test
        void oneInstalmentLeftIsStillDue() {
            assertThat(figuresOf(Borrowers.thousandDollarInstalment().paymentsMade(359)).monthlyPayment())
                    .isEqualTo(1_000);
        }

        @Test
        void aLoanRepaidEarlyHasNoInstalmentLeft() {
            Figures figures = figuresOf(Borrowers.thousandDollarInstalment().paymentsMade(60).outstanding(0).income(3_000));

            assertThat(figures.monthlyPayment()).isZero();
            assertThat(figures.dsrPct()).isZero();
            assertThat(figures.reserveMonths()).isNull();
        }

        @Test
        void withoutTheAmountTheBalanceGivenIsRepaidOverTheMonthsLeftAtTheSameInstalment() {
            // The seed's example (facts file §2): HK$5.4M at 3.5% over 360 months pays 24,248.41 a month and owes
            // 4,843,642 after 60 payments; that balance over the 300 months left is the same instalment.
            Figures figures = figuresOf(Borrowers.nothing().outstanding(4_843_642).rate(3.5).tenor(360)
                    .paymentsMade(60).income(60_000).reserves(100_000));

            assertThat(figures.monthlyPayment()).isCloseTo(24_248.41, within(0.01));
            assertThat(figures.dsrPct()).isCloseTo(24_248.41 * 100 / 60_000, within(1e-4));
            assertThat(figures.reserveMonths()).isCloseTo(100_000 / 24_248.41, within(1e-6));
        }

        @Test
        void withoutTheAmountABalanceHasAnInstalmentOnlyWhenThePaymentsMadeSayHowManyMonthsAreLeft() {
            assertThat(figuresOf(balanceOnly()).monthlyPayment()).isNull();
            assertThat(figuresOf(balanceOnly().paymentsMade(0)).monthlyPayment()).as("none paid: the whole term")
                    .isCloseTo(hk.negequity.figures.MortgageMath.monthlyPayment(4_843_642, 3.5, 360), within(1e-6));
            assertThat(figuresOf(balanceOnly().paymentsMade(359)).monthlyPayment()).as("one month left")
                    .isCloseTo(4_843_642 * (1 + 0.035 / 12), within(0.01));
            assertThat(figuresOf(balanceOnly().paymentsMade(360)).monthlyPayment()).as("the term run out").isNull();
            assertThat(figuresOf(Borrowers.nothing().outstanding(4_843_642).tenor(360).paymentsMade(60))
                    .monthlyPayment()).as("no rate").isNull();
        }

        private static Borrowers balanceOnly() {
            return Borrowers.nothing().outstanding(4_843_642).rate(3.5).tenor(360);
        }

        @Test
        void nothingOutstandingBeforeAnyInstalmentIsALoanStillToBeDrawn() {
            assertThat(figuresOf(Borrowers.thousandDollarInstalment().outstanding(0)).monthlyPayment()).isEqualTo(1_000);
        }
    }

    @Nested
    class Scenario {

        @Test
        void theScenarioMovesTheCurrentValue() {
            Figures figures = figuresOf(Borrowers.nothing().outstanding(4_000_000).currentValue(5_000_000)
                    .priceChangePct(-20));
            assertThat(figures.scenarioValue()).isEqualTo(4_000_000);
            assertThat(figures.scenarioEquity()).isZero();
        }

        @Test
        void withoutACurrentValueTheScenarioMovesTheLendingBase() {
            Figures figures = figuresOf(Borrowers.buyer(5_400_000).priceChangePct(-10));
            assertThat(figures.scenarioValue()).isEqualTo(5_400_000);
            assertThat(figures.scenarioEquity()).isZero();
        }
    }

    /**
     * A limit reached exactly, as a person works it out with the facts file's formulas, reads as the limit
     * itself: without {@link Decimals} each of these came out a unit or so in the last place off it.
     */
    @Nested
    class LimitsReachedExactly {

        /** The facts file's annuity formula as written, {@code P·i / (1 − (1+i)^−n)}. */
        private static double textbookPayment(double principal, double annualRatePct, int months) {
            double i = annualRatePct / 1200;
            return principal * i / (1 - Math.pow(1 + i, -months));
        }

        @Test
        void eightyPercentOfALendingBaseInCentsIsAnLtvOfEighty() {
            // 136,255,200.8 × 100 / 170,319,001 is 80.00000000000001 in doubles.
            assertThat(figuresOf(Borrowers.nothing().price(170_319_001).amount(136_255_200.8)).ltvPct())
                    .isEqualTo(80.0);
        }

        @Test
        void anIncomeOfTwiceTheTextbookInstalmentIsADsrOfFifty() {
            double payment = textbookPayment(5_000_000, 3.5, 360);
            Figures figures = figuresOf(Borrowers.nothing().amount(5_000_000).rate(3.5).tenor(360).income(2 * payment));
            assertThat(figures.dsrPct()).isEqualTo(50.0);
        }

        @Test
        void sixTextbookInstalmentsOfReservesAreSixMonths() {
            double payment = textbookPayment(5_000_000, 3.5, 360);
            Figures figures = figuresOf(Borrowers.nothing().amount(5_000_000).rate(3.5).tenor(360).reserves(6 * payment));
            assertThat(figures.reserveMonths()).isEqualTo(6.0);
        }

        @Test
        void theMaximumLoanByDebtServicingHasADsrOfExactlyTheCap() {
            double maxLoan = Limits.maxLoanByDsr(50, 123_456, 0, 4.1, 300);
            assertThat(Limits.dsrPct(MortgageMath.monthlyPayment(maxLoan, 4.1, 300), 0, 123_456)).isEqualTo(50.0);
        }

        @Test
        void aBalanceOfNinetyPercentInCentsLeavesTenPercentHeadroomAndNothingAfterATenPercentFall() {
            // 90% of HK$6,666,666.67 is HK$6,000,000.003: a 10% fall leaves exactly nothing.
            Figures figures = figuresOf(Borrowers.nothing().outstanding(6_000_000.003).currentValue(6_666_666.67)
                    .priceChangePct(-10));
            assertThat(figures.scenarioEquity()).isZero();
            assertThat(figures.headroomPct()).isEqualTo(10.0);
        }

        @Test
        void realDifferencesSurvive() {
            assertThat(figuresOf(Borrowers.nothing().price(170_319_001).amount(136_255_200.81)).ltvPct())
                    .isGreaterThan(80.0);
            double payment = textbookPayment(5_000_000, 3.5, 360);
            assertThat(figuresOf(Borrowers.nothing().amount(5_000_000).rate(3.5).tenor(360).reserves(6 * payment - 0.01))
                    .reserveMonths()).isLessThan(6.0);
        }

        @Test
        void aCentSurvivesOnTheLargestFlatTheServiceTakes() {
            assertThat(figuresOf(Borrowers.nothing().price(1e12).amount(800_000_000_000.01)).ltvPct())
                    .isEqualTo(80.000000000001);
            Figures cent = figuresOf(Borrowers.nothing().price(1e12).valuation(999_999_999_999.99)
                    .currentValue(1e12).outstanding(999_999_999_999.99));
            assertThat(cent.equity()).isEqualTo(0.01);
            assertThat(cent.headroomPct()).isEqualTo(1e-12);
            assertThat(cent.currentLtvPct()).isEqualTo(99.999999999999);
            assertThat(cent.valuationShortfall()).isEqualTo(0.01);
            assertThat(cent.priceOverValuationPct()).isPositive();
            Figures unchanged = figuresOf(Borrowers.nothing().currentValue(1e12).outstanding(999_999_999_999.99)
                    .priceChangePct(0));
            assertThat(unchanged.scenarioEquity()).isEqualTo(0.01);
            assertThat(figuresOf(Borrowers.nothing().price(5e11).amount(500_000_000_000.01)).ltvPct())
                    .isGreaterThan(100.0);
        }
    }

    @Test
    void nothingKnownGivesNoFigures() {
        Figures figures = figuresOf(Borrowers.nothing());
        assertThat(figures).hasAllNullFieldsOrProperties();
    }
}
