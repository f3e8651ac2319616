package hk.negequity.rules;

import static hk.negequity.BundledRuleSet.advice;
import static hk.negequity.BundledRuleSet.advise;
import static hk.negequity.BundledRuleSet.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hk.negequity.Borrowers;
import hk.negequity.facts.Advice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Negative equity, the margin before it, and the scenario's fall, on a flat now worth HK$5M. */
class EquityRulesTest {

    private static List<String> equityCodes(double outstanding) {
        return codes(Borrowers.nothing().outstanding(outstanding).currentValue(5_000_000)).stream()
                .filter(c -> c.contains("EQUITY")).toList();
    }

    @ParameterizedTest(name = "owing HK${0} on a HK$5M flat gives {1}")
    @CsvSource(delimiter = '|', value = {
            "4000000 | EQUITY_HEADROOM",
            "4499999 | EQUITY_HEADROOM",
            "4500000 | EQUITY_HEADROOM",
            "4500001 | NEAR_NEGATIVE_EQUITY EQUITY_HEADROOM",
            "4999999 | NEAR_NEGATIVE_EQUITY EQUITY_HEADROOM",
            "5000000 | NEAR_NEGATIVE_EQUITY",
            "5000001 | NEGATIVE_EQUITY",
            "6000000 | NEGATIVE_EQUITY",
    })
    void equityAdviceFollowsTheHeadroom(double outstanding, String expected) {
        assertThat(equityCodes(outstanding)).containsExactlyInAnyOrder(expected.split(" "));
    }

    /** At the largest value the service takes, a cent of equity either way still decides the advice. */
    @ParameterizedTest(name = "owing HK${0} on a flat worth HK${1} gives {2}")
    @CsvSource(delimiter = '|', value = {
            "899999999999.99  | 1000000000000    | EQUITY_HEADROOM",
            "900000000000     | 1000000000000    | EQUITY_HEADROOM",
            "900000000000.01  | 1000000000000    | NEAR_NEGATIVE_EQUITY EQUITY_HEADROOM",
            "999999999999.99  | 1000000000000    | NEAR_NEGATIVE_EQUITY EQUITY_HEADROOM",
            "1000000000000    | 1000000000000    | NEAR_NEGATIVE_EQUITY",
            "1000000000000    | 999999999999.99  | NEGATIVE_EQUITY",
    })
    void aCentDecidesEvenOnTheLargestFlat(double outstanding, double currentValue, String expected) {
        List<String> equity = codes(Borrowers.nothing().outstanding(outstanding).currentValue(currentValue)).stream()
                .filter(c -> c.contains("EQUITY")).toList();

        assertThat(equity).containsExactlyInAnyOrder(expected.split(" "));
    }

    @Test
    void aCentOfEquityOnTheLargestFlatIsACent() {
        Advice near = advice(Borrowers.nothing().outstanding(999_999_999_999.99).currentValue(1e12),
                "NEAR_NEGATIVE_EQUITY").orElseThrow();

        assertThat(near.figures()).containsEntry("equity", 0.01);
    }

    /**
     * An owner who has paid instalments on a loan whose schedule cannot be worked out (no term, or no rate) is asked
     * for the balance owed as well as for what the schedule lacks: either decides the equity advice.
     */
    @ParameterizedTest(name = "instalments paid, the {0} not given: the balance is asked for")
    @CsvSource({"term", "rate"})
    void theBalanceOwedIsAskedForWhenTheScheduleCannotGiveIt(String notGiven) {
        Borrowers owner = Borrowers.nothing().currentValue(4_000_000).amount(5_000_000).paymentsMade(12).arrears(0)
                .bankrupt(false);
        if (notGiven.equals("term")) {
            owner.rate(3.5);
        } else {
            owner.tenor(360);
        }

        assertThat(codes(owner)).doesNotContain("NEGATIVE_EQUITY");
        assertThat(advise(owner).needs()).filteredOn(n -> n.fact().equals("loan.outstanding")).singleElement()
                .satisfies(n -> assertThat(n.unlocks()).contains("NEGATIVE_EQUITY", "CALL_LOAN_UNLIKELY_WHILE_PAYING"));
        assertThat(codes(owner.outstanding(4_900_000))).contains("NEGATIVE_EQUITY", "CALL_LOAN_UNLIKELY_WHILE_PAYING");
    }

    /** Without a current value the scenario moves the lending base, so the price or the valuation unlocks it too. */
    @Test
    void aScenarioWithoutAnyValueAsksForTheCurrentValueThePriceOrTheValuation() {
        Borrowers buyer = Borrowers.nothing().amount(5_400_000).priceChangePct(-15);

        assertThat(codes(buyer)).doesNotContain("NEGATIVE_EQUITY_IN_SCENARIO");
        assertThat(advise(buyer).needs()).filteredOn(n -> n.unlocks().contains("NEGATIVE_EQUITY_IN_SCENARIO"))
                .extracting(n -> n.fact())
                .contains("property.currentValue", "property.price", "property.valuation");
        assertThat(codes(buyer.price(6_000_000))).as("HK$6M less 15% is HK$5.1M, under the HK$5.4M owed")
                .contains("NEGATIVE_EQUITY_IN_SCENARIO");
    }

    @Test
    void negativeEquityNamesTheShortfall() {
        Advice negative = advice(Borrowers.nothing().outstanding(5_000_000).currentValue(4_900_000), "NEGATIVE_EQUITY")
                .orElseThrow();

        assertThat(negative.figures()).containsEntry("shortfall", 100_000.0)
                .containsEntry("outstanding", 5_000_000.0).containsEntry("currentValue", 4_900_000.0);
    }

    @ParameterizedTest(name = "{0} instalment(s) overdue: variant {1}")
    @CsvSource(nullValues = "-", value = {"0, -", "1, inArrears", "4, inArrears"})
    void negativeEquityWithInstalmentsOverdueNoLongerPromisesThePerformingBorrowersProtection(int arrears,
                                                                                            String variant) {
        Advice negative = advice(Borrowers.nothing().outstanding(5_000_000).currentValue(4_900_000).arrears(arrears),
                "NEGATIVE_EQUITY").orElseThrow();

        assertThat(negative.variant()).isEqualTo(variant);
        assertThat(codes(Borrowers.nothing().outstanding(5_000_000).currentValue(4_900_000).arrears(arrears))
                .stream().filter("NEGATIVE_EQUITY"::equals)).hasSize(1);
    }

    @ParameterizedTest(name = "{0} instalment(s) paid, {1} overdue: variant {2}")
    @CsvSource(nullValues = "-", value = {"0, 0, firstInstalment", "0, 1, inArrears", "1, 0, -", "1, 1, inArrears"})
    void beforeTheFirstInstalmentNegativeEquityIsSpokenOfAsFromTheDayTheLoanIsDrawn(int paid, int arrears,
                                                                                  String variant) {
        Borrowers buyer = Borrowers.nothing().amount(5_400_000).outstanding(5_400_000).currentValue(5_300_000)
                .paymentsMade(paid).arrears(arrears);

        assertThat(advice(buyer, "NEGATIVE_EQUITY").orElseThrow().variant()).isEqualTo(variant);
        assertThat(codes(buyer).stream().filter("NEGATIVE_EQUITY"::equals)).hasSize(1);
    }

    @ParameterizedTest(name = "bankrupt {0}")
    @CsvSource(nullValues = "-", value = {"-", "false"})
    void aBuyerWithNoInstalmentPaidIsNotToldToKeepPayingOrNotToSell(Boolean bankrupt) {
        Borrowers buyer = Borrowers.nothing().amount(5_400_000).outstanding(5_400_000).currentValue(5_300_000)
                .paymentsMade(0).arrears(0);
        if (bankrupt != null) {
            buyer = buyer.bankrupt(bankrupt); // known not bankrupt, the call-loan reassurance fires too
        }

        var advice = advise(buyer).advice();

        assertThat(advice).filteredOn(a -> a.code().equals("NEGATIVE_EQUITY")).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("Negative equity from the day the loan is drawn"))
                .satisfies(a -> assertThat(a.message()).contains("HK$100,000", "from the day it is drawn"))
                .satisfies(a -> assertThat(String.join(" ", a.actions())).contains("borrowing less"));
        assertThat(advice).filteredOn(a -> a.code().equals("CALL_LOAN_UNLIKELY_WHILE_PAYING")).hasSize(bankrupt == null ? 0 : 1)
                .allSatisfy(a -> assertThat(a.title()).isEqualTo(
                        "Repaid on time from the first instalment, the loan is unlikely to be called"));
        assertThat(advice).allSatisfy(a -> assertThat(a.message() + " " + String.join(" ", a.actions()))
                .doesNotContain("Keep paying", "Avoid selling"));
    }

    @ParameterizedTest(name = "{0} overdue: \"{1}\"")
    @CsvSource({"1, With 1 instalment overdue", "2, With 2 instalments overdue"})
    void theMessageCountsTheInstalmentsOverdueInPlainEnglish(int arrears, String words) {
        assertThat(advise(Borrowers.nothing().outstanding(5_000_000).currentValue(4_900_000).arrears(arrears))
                .advice()).filteredOn(a -> a.code().equals("NEGATIVE_EQUITY")).singleElement()
                .satisfies(a -> assertThat(a.message()).contains(words).doesNotContain("(s)"));
    }

    @ParameterizedTest(name = "bankrupt {0}, {1} instalment(s) overdue: variant {2}")
    @CsvSource(nullValues = "-", value = {"false, 0, -", "true, 0, bankrupt", "false, 2, inArrears",
            "true, 1, inArrearsBankrupt", "true, 2, inArrearsBankrupt"})
    void aBankruptBorrowerIsNotPromisedThePerformingBorrowersProtection(boolean bankrupt, int arrears,
                                                                       String variant) {
        Borrowers borrower = Borrowers.nothing().outstanding(5_000_000).currentValue(4_900_000).arrears(arrears)
                .bankrupt(bankrupt);

        assertThat(advice(borrower, "NEGATIVE_EQUITY").orElseThrow().variant()).isEqualTo(variant);
        assertThat(codes(borrower).stream().filter("NEGATIVE_EQUITY"::equals)).hasSize(1);
    }

    @Test
    void aBankruptBorrowerInArrearsIsToldOfBothDefaults() {
        Borrowers borrower = Borrowers.nothing().outstanding(5_000_000).currentValue(4_900_000).arrears(2).bankrupt(true);

        assertThat(advise(borrower).advice()).filteredOn(a -> a.code().equals("NEGATIVE_EQUITY")).singleElement()
                .satisfies(a -> assertThat(a.message()).contains("2 instalments overdue", "bankruptcy", "HK$100,000"))
                .satisfies(a -> assertThat(a.actions()).anySatisfy(action -> assertThat(action)
                        .contains("arrears", "bankruptcy")));
    }

    @Test
    void withNoEquityLeftAnyFallIsNegativeEquityAndNoFallOfZeroIsQuoted() {
        Advice none = advice(Borrowers.nothing().outstanding(5_000_000).currentValue(5_000_000), "NEAR_NEGATIVE_EQUITY")
                .orElseThrow();
        Advice tiny = advice(Borrowers.nothing().outstanding(4_999_999.99).currentValue(5_000_000),
                "NEAR_NEGATIVE_EQUITY").orElseThrow();

        assertThat(none.variant()).isEqualTo("noEquity");
        assertThat(tiny.variant()).isNull();
        assertThat(tiny.figures().get("headroomPct")).isEqualTo(0.0000002);
    }

    @Test
    void aLoanRepaidInFullIsToldNoFallCanMeanNegativeEquityNotTheFallToNothing() {
        // Nothing owed: "prices could fall by 100%, to HK$0, before you owed more" would say nothing true.
        Advice repaid = advice(Borrowers.buyer(3_000_000).paymentsMade(360).outstanding(0).currentValue(6_000_000),
                "EQUITY_HEADROOM").orElseThrow();

        assertThat(repaid.variant()).isEqualTo("nothingOwed");
        assertThat(repaid.figures()).containsEntry("currentValue", 6_000_000.0).doesNotContainKey("headroomPct");
        Advice aCentOwed = advice(Borrowers.buyer(3_000_000).paymentsMade(359).outstanding(0.01)
                .currentValue(6_000_000), "EQUITY_HEADROOM").orElseThrow();
        assertThat(aCentOwed.variant()).isNull();
    }

    @Test
    void headroomNamesTheFallThatWouldWipeOutTheEquity() {
        Advice headroom = advice(Borrowers.nothing().outstanding(4_000_000).currentValue(5_000_000), "EQUITY_HEADROOM")
                .orElseThrow();

        assertThat(headroom.figures()).containsEntry("headroomPct", 20.0).containsEntry("equity", 1_000_000.0);
    }

    @ParameterizedTest(name = "a HK$5.4M loan on a HK$6M base, prices {0}%: negative in scenario {1}")
    @CsvSource({"-9.99, false", "-10, false", "-10.01, true", "-30, true", "5, false"})
    void theScenarioFallIsComparedWithTheBalance(double changePct, boolean negative) {
        Borrowers buyer = Borrowers.buyer(5_400_000).priceChangePct(changePct);

        assertThat(codes(buyer).contains("NEGATIVE_EQUITY_IN_SCENARIO")).isEqualTo(negative);
    }

    @Test
    void theScenarioAppliesToTheCurrentValueWhenThereIsOne() {
        Advice scenario = advice(Borrowers.nothing().outstanding(4_000_000).currentValue(5_000_000)
                .priceChangePct(-25), "NEGATIVE_EQUITY_IN_SCENARIO").orElseThrow();

        assertThat(scenario.figures()).containsEntry("scenarioValue", 3_750_000.0)
                .containsEntry("shortfall", 250_000.0).containsEntry("priceChangePct", -25.0);
    }

    @Test
    void withoutACurrentValueThereIsNoEquityAdvice() {
        assertThat(codes(Borrowers.buyer(5_400_000))).noneMatch(c -> c.contains("EQUITY"));
    }

    @Test
    void theSeedsOwnerAfterFiveYearsCanAbsorbAFallOfAbout19Point3Percent() {
        Advice headroom = advice(Borrowers.buyer(5_400_000).paymentsMade(60).currentValue(6_000_000),
                "EQUITY_HEADROOM").orElseThrow();

        assertThat((Double) headroom.figures().get("headroomPct")).isCloseTo(19.27, within(0.01));
        assertThat((Double) headroom.figures().get("outstanding")).isCloseTo(4_843_642, within(0.5));
    }
}
