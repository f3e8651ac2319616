package hk.negequity.rules;

import static hk.negequity.BundledRuleSet.advice;
import static hk.negequity.BundledRuleSet.item;
import static hk.negequity.BundledRuleSet.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hk.negequity.Borrowers;
import hk.negequity.advice.AdviceItem;
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

    /**
     * An owner (instalments made) is spoken to about a purchase already made; asked for the flat's value today only
     * where it is not given, and pointed to the equity it decides where it is.
     */
    @ParameterizedTest(name = "value today {0}: wording {1}")
    @CsvSource(nullValues = "none", value = {"none, drawn", "5500000, drawnValued"})
    void anOwnerIsAskedForTheValueTodayOnlyWhereItIsNotGiven(Double currentValue, String variant) {
        Borrowers owner = Borrowers.nothing().price(6_000_000).valuation(5_900_000).amount(4_000_000).rate(3.5)
                .tenor(360).paymentsMade(12);
        if (currentValue != null) {
            owner = owner.currentValue(currentValue);
        }

        Advice price = advice(owner, "PRICE_ABOVE_VALUATION").orElseThrow();
        AdviceItem item = item(owner, "PRICE_ABOVE_VALUATION");

        assertThat(price.variant()).isEqualTo(variant);
        assertThat(price.figures()).containsEntry("valuationShortfall", 100_000.0);
        if (currentValue == null) {
            assertThat(item.actions()).anySatisfy(action -> assertThat(action).contains("give its current value"));
        } else {
            assertThat(price.figures()).containsEntry("currentValue", 5_500_000.0);
            assertThat(item.message()).contains("HK$5,500,000");
            assertThat(item.actions()).noneSatisfy(action -> assertThat(action).contains("give its current value"))
                    .anySatisfy(action -> assertThat(action).contains("HK$5,500,000", "your equity"));
        }
    }

    /**
     * A price is negotiable until the agreement is signed: signed on or before the advice date, the buyer is told of
     * the cash to add and a second valuation, not to negotiate.
     */
    @ParameterizedTest(name = "agreed {0}, advice on 2025-01-01: wording {1}")
    @CsvSource(nullValues = "none", value = {"none, none", "2025-01-02, none", "2025-01-01, agreed",
            "2022-06-30, agreed"})
    void aPriceAlreadyAgreedIsNotToBeNegotiated(java.time.LocalDate agreed, String variant) {
        Borrowers buyer = Borrowers.nothing().asOf(java.time.LocalDate.of(2025, 1, 1)).price(6_000_000)
                .valuation(5_900_000).amount(4_000_000);
        if (agreed != null) {
            buyer = buyer.agreementDate(agreed);
        }

        Advice price = advice(buyer, "PRICE_ABOVE_VALUATION").orElseThrow();
        AdviceItem item = item(buyer, "PRICE_ABOVE_VALUATION");

        assertThat(price.variant()).isEqualTo(variant);
        assertThat(price.figures()).containsEntry("valuationShortfall", 100_000.0);
        if (variant == null) {
            assertThat(item.actions()).anySatisfy(action -> assertThat(action).startsWith("Negotiate the price"));
        } else {
            assertThat(price.figures()).containsEntry("agreementDate", agreed);
            assertThat(item.message()).contains("You agreed on", "HK$100,000");
            assertThat(item.actions()).noneSatisfy(action -> assertThat(action).contains("Negotiate"))
                    .anySatisfy(action -> assertThat(action).contains("HK$100,000", "before the loan is drawn"));
        }
    }

    /** Less owed than was borrowed: the loan is drawn, and the purchase was made, whatever else is given. */
    @ParameterizedTest(name = "HK$4.2M borrowed, HK${0} owed: wording {1}")
    @CsvSource(nullValues = "none", value = {"none, agreed", "4200000, agreed", "4199999.99, drawn", "3900000, drawn"})
    void aBalanceBelowTheAmountBorrowedIsAPurchaseAlreadyMade(Double owed, String variant) {
        Borrowers borrower = Borrowers.nothing().asOf(java.time.LocalDate.of(2026, 11, 28)).price(6_500_000)
                .valuation(6_000_000).agreementDate(java.time.LocalDate.of(2023, 1, 10)).amount(4_200_000).rate(3.25)
                .tenor(360);
        if (owed != null) {
            borrower = borrower.outstanding(owed);
        }

        assertThat(advice(borrower, "PRICE_ABOVE_VALUATION").orElseThrow().variant()).isEqualTo(variant);
    }

    /** The instalments paid, where given, decide whether the loan is drawn, as they do for the LTV and limit rules. */
    @ParameterizedTest(name = "{0} paid, HK${1} owed: wording {2}")
    @CsvSource(nullValues = "none", value = {"0, 3900000, agreed", "0, none, agreed", "1, none, drawn",
            "none, 3900000, drawn"})
    void theInstalmentsPaidWhereGivenDecideWhetherThePurchaseIsMade(Integer paid, Double owed, String variant) {
        Borrowers borrower = Borrowers.nothing().asOf(java.time.LocalDate.of(2026, 11, 28)).price(6_500_000)
                .valuation(6_000_000).agreementDate(java.time.LocalDate.of(2023, 1, 10)).amount(4_200_000).rate(3.25)
                .tenor(360);
        if (paid != null) {
            borrower = borrower.paymentsMade(paid);
        }
        if (owed != null) {
            borrower = borrower.outstanding(owed);
        }

        assertThat(advice(borrower, "PRICE_ABOVE_VALUATION").orElseThrow().variant()).isEqualTo(variant);
    }

    @Test
    void withoutAValuationThereIsNoPriceAdvice() {
        assertThat(codes(Borrowers.nothing().price(6_000_000))).doesNotContain("PRICE_ABOVE_VALUATION");
    }
}
