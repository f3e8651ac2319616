package hk.negequity.rules;

import static hk.negequity.BundledRuleSet.codes;
import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.BundledRuleSet;
import hk.negequity.facts.Advice;
import hk.negequity.model.Scheme;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Staff and mortgage-insurance loans above 80% are the most exposed (HKMA). */
class SchemeRulesTest {

    @ParameterizedTest(name = "{0} at HK${1} of HK$6M: high-risk scheme advice {2}")
    @CsvSource({
            "MORTGAGE_INSURANCE, 4800000, false",
            "MORTGAGE_INSURANCE, 4800060, true",
            "MORTGAGE_INSURANCE, 5400000, true",
            "STAFF_LOAN,         4800000, false",
            "STAFF_LOAN,         4800060, true",
            "STAFF_LOAN,         6000000, true",
            "STANDARD,           5400000, false",
    })
    void onlyStaffAndMortgageInsuranceLoansAbove80PercentAreHighRisk(Scheme scheme, double amount, boolean fires) {
        assertThat(codes(Borrowers.buyer(amount).scheme(scheme)).contains("HIGH_RISK_SCHEME")).isEqualTo(fires);
    }

    @ParameterizedTest(name = "{0} at HK${1}, {2} instalments paid: variant {3}")
    @CsvSource({
            "STAFF_LOAN,         4800000, 1,  no advice",
            "STAFF_LOAN,         4800060, 0,  base",
            "STAFF_LOAN,         4800060, 1,  drawn",
            "MORTGAGE_INSURANCE, 5400000, 12, drawn",
            "STAFF_LOAN,         5999940, 0,  base",
            "STAFF_LOAN,         5999940, 1,  drawn",
            "STAFF_LOAN,         6000000, 0,  atValue",
            "STAFF_LOAN,         6000000, 1,  drawnAtValue",
            "STAFF_LOAN,         6000060, 0,  aboveValue",
            "STAFF_LOAN,         6000060, 1,  drawnAboveValue",
    })
    void aHighRiskLoanAlreadyBeingRepaidIsNotToldToAskForASmallerOne(Scheme scheme, double amount, int paymentsMade,
                                                                     String variant) {
        Borrowers owner = Borrowers.buyer(amount).scheme(scheme).paymentsMade(paymentsMade);

        Optional<Advice> advice = BundledRuleSet.advice(owner, "HIGH_RISK_SCHEME");
        if (variant.equals("no advice")) {
            assertThat(advice).isEmpty();
            return;
        }
        assertThat(advice.orElseThrow().variant()).isEqualTo("base".equals(variant) ? null : variant);
        String actions = String.join(" ", BundledRuleSet.item(owner, "HIGH_RISK_SCHEME").actions());
        assertThat(actions.contains("smaller loan")).isEqualTo(paymentsMade == 0);
    }

    @ParameterizedTest(name = "{0} instalments paid at 100%: the advice says {1}")
    @CsvSource(delimiter = '|', value = {
            "0 | At 100% of the lending base, any fall in price at all would put you in negative equity",
            "1 | Your loan was drawn at 100% of the lending base: then, any fall in price at all would have put you"})
    void atTheWholeValueAnyFallIsNegativeEquity(int paymentsMade, String says) {
        String message = BundledRuleSet.advise(Borrowers.buyer(6_000_000).scheme(Scheme.STAFF_LOAN)
                .paymentsMade(paymentsMade)).advice().stream().filter(a -> a.code().equals("HIGH_RISK_SCHEME"))
                .findFirst().orElseThrow().message();

        assertThat(message).contains(says).doesNotContain("more than 0%");
    }

    @ParameterizedTest(name = "without a scheme there is no scheme advice")
    @CsvSource({"5400000"})
    void noSchemeNoAdvice(double amount) {
        Borrowers buyer = Borrowers.nothing().price(6_000_000).valuation(6_000_000).amount(amount);

        assertThat(codes(buyer)).doesNotContain("HIGH_RISK_SCHEME");
    }
}
