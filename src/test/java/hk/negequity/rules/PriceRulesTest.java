package hk.negequity.rules;

import static hk.negequity.BundledRuleSet.advice;
import static hk.negequity.BundledRuleSet.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hk.negequity.Borrowers;
import hk.negequity.facts.Advice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A price above the bank's valuation is cash on top of the down payment. */
class PriceRulesTest {

    @ParameterizedTest(name = "price HK${0} against valuation HK$5.9M: advice {1}")
    @CsvSource({"5899999, false", "5900000, false", "5900001, true", "6000000, true"})
    void firesOnlyWhenThePriceIsAboveTheValuation(double price, boolean fires) {
        Borrowers buyer = Borrowers.nothing().price(price).valuation(5_900_000);

        assertThat(codes(buyer).contains("PRICE_ABOVE_VALUATION")).isEqualTo(fires);
    }

    @Test
    void theAdviceCarriesTheCashToAddAndHowFarAboveValuationThePriceIs() {
        Advice price = advice(Borrowers.nothing().price(6_000_000).valuation(5_900_000), "PRICE_ABOVE_VALUATION")
                .orElseThrow();

        assertThat(price.figures()).containsEntry("valuationShortfall", 100_000.0)
                .containsEntry("price", 6_000_000.0).containsEntry("valuation", 5_900_000.0);
        assertThat((Double) price.figures().get("priceOverValuationPct")).isCloseTo(1.6949, within(1e-4));
    }

    @Test
    void withoutAValuationThereIsNoPriceAdvice() {
        assertThat(codes(Borrowers.nothing().price(6_000_000))).doesNotContain("PRICE_ABOVE_VALUATION");
    }
}
