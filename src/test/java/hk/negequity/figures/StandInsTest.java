package hk.negequity.figures;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.figures.StandIns.Way;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which figures rest on a stand-in for a fact not given, and which way that fact, once given, moves them. */
class StandInsTest {

    private static Figures figuresOf(Borrowers borrower) {
        return FiguresCalculator.compute(borrower.request());
    }

    @Test
    void withThePriceAloneTheValuationCanOnlyLowerTheLendingBaseAndRaiseTheLtv() {
        Borrowers priceOnly = Borrowers.nothing().price(6_000_000).amount(4_800_000);

        assertThat(StandIns.of("lendingBase", priceOnly.request()).ways())
                .isEqualTo(Map.of("property.valuation", Way.DOWN));
        assertThat(StandIns.of("ltvPct", priceOnly.request()).ways()).isEqualTo(Map.of("property.valuation", Way.UP));
        // As the calculator has it: a lower valuation lowers the base and raises the LTV; a higher one moves neither.
        assertThat(figuresOf(priceOnly.valuation(5_000_000)).ltvPct()).isGreaterThan(80.0);
        assertThat(figuresOf(Borrowers.nothing().price(6_000_000).amount(4_800_000).valuation(7_000_000)).ltvPct())
                .isEqualTo(80.0);
    }

    @Test
    void withTheValuationAloneThePriceStandsOutside() {
        Borrowers valuationOnly = Borrowers.nothing().valuation(8_000_000).amount(5_400_000);

        assertThat(StandIns.of("ltvPct", valuationOnly.request()).notGiven()).containsExactly("property.price");
    }

    @Test
    void withBothPriceAndValuationNothingStandsIn() {
        Borrowers both = Borrowers.buyer(5_400_000);

        assertThat(StandIns.of("lendingBase", both.request())).isNull();
        assertThat(StandIns.anyIn(both.request())).isFalse();
        assertThat(StandIns.anyIn(Borrowers.nothing().price(6_000_000).request())).isTrue();
        assertThat(StandIns.of("ltvPct", both.request())).isNull();
    }

    @Test
    void theAmountDrawnStandsInForTheBalanceOfALoanInArrearsOnlyWhenNeitherTheBalanceNorThePaymentsAreGiven() {
        Borrowers arrears = Borrowers.buyer(5_400_000).currentValue(4_600_000).rate(4).tenor(360).arrears(3);

        assertThat(figuresOf(arrears).outstanding()).isEqualTo(5_400_000);
        // A balance given may be anything; instalments paid only lower it, so raise the equity and lower the LTV.
        assertThat(StandIns.of("equity", arrears.request()).notGiven())
                .containsExactly("loan.outstanding", "loan.paymentsMade");
        assertThat(StandIns.of("equity", arrears.request()).ways())
                .isEqualTo(Map.of("loan.outstanding", Way.EITHER, "loan.paymentsMade", Way.UP));
        assertThat(StandIns.of("outstanding", arrears.request()).ways())
                .isEqualTo(Map.of("loan.outstanding", Way.EITHER, "loan.paymentsMade", Way.DOWN));
        assertThat(figuresOf(Borrowers.buyer(5_400_000).currentValue(4_600_000).rate(4).tenor(360).arrears(3)
                .paymentsMade(1)).outstanding()).isLessThan(5_400_000);
        assertThat(StandIns.of("equity", Borrowers.buyer(5_400_000).currentValue(4_600_000).rate(4).tenor(360)
                .arrears(3).paymentsMade(40).request())).isNull();
        assertThat(StandIns.of("equity", Borrowers.buyer(5_400_000).currentValue(4_600_000).arrears(3)
                .outstanding(5_000_000).request())).isNull();
        // A buyer's balance is the amount: nothing is drawn yet to have been repaid.
        assertThat(StandIns.of("equity", Borrowers.buyer(5_400_000).currentValue(4_600_000).request())).isNull();
    }

    @Test
    void withoutACurrentValueTheScenarioMovesTheLendingBaseWhichTheCurrentValueWouldReplace() {
        Borrowers noCurrentValue = Borrowers.buyer(5_400_000).priceChangePct(-10);

        assertThat(figuresOf(noCurrentValue).scenarioValue()).isEqualTo(5_400_000);
        assertThat(StandIns.of("scenarioValue", noCurrentValue.request()).ways())
                .isEqualTo(Map.of("property.currentValue", Way.EITHER));
        // With the price alone, the valuation can only lower the base the scenario moves.
        assertThat(StandIns.of("scenarioValue", Borrowers.nothing().price(6_000_000).priceChangePct(-10).request())
                .ways()).isEqualTo(Map.of("property.currentValue", Way.EITHER, "property.valuation", Way.DOWN));
        assertThat(StandIns.of("scenarioValue", Borrowers.buyer(5_400_000).currentValue(5_000_000)
                .priceChangePct(-10).request())).isNull();
        assertThat(StandIns.of("scenarioValue", Borrowers.buyer(5_400_000).request())).isNull();
    }
}
