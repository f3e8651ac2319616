package hk.negequity.policy;

import static hk.negequity.BundledRuleSet.codes;
import static hk.negequity.BundledRuleSet.preApprove;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hk.negequity.Borrowers;
import hk.negequity.advice.PreApprovalAnswer;
import hk.negequity.model.Use;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every band edge of every HKMA regime, just below, at and just above: the maximum loan by LTV worked by
 * hand from the facts file's table (a loan-cap band holds the loan at its cap).
 */
class HkmaLtvBandsTest {

    private static PreApprovalAnswer caseOf(String regime, Use use, double value) {
        return preApprove(Borrowers.nothing().price(value).valuation(value).use(use).completed(true)
                .agreementDate(LocalDate.parse(regime)).amount(1_000_000).rate(3.5).tenor(360)
                .scheme(hk.negequity.model.Scheme.STANDARD).income(10_000_000));
    }

    @ParameterizedTest(name = "{0} {1} at HK${2}: max loan HK${3}")
    @CsvSource({
            // 2023-07-07, self-use: 70% to 15M; cap 10.5M to 17.5M; 60% to 30M; cap 18M to 36M; then 50%.
            "2023-07-07, SELF_USE,      14999999, 10499999.3",
            "2023-07-07, SELF_USE,      15000000, 10500000",
            "2023-07-07, SELF_USE,      15000001, 10500000",
            "2023-07-07, SELF_USE,      16000000, 10500000",
            "2023-07-07, SELF_USE,      17499999, 10500000",
            "2023-07-07, SELF_USE,      17500000, 10500000",
            "2023-07-07, SELF_USE,      17500001, 10500000.6",
            "2023-07-07, SELF_USE,      29999999, 17999999.4",
            "2023-07-07, SELF_USE,      30000000, 18000000",
            "2023-07-07, SELF_USE,      30000001, 18000000",
            "2023-07-07, SELF_USE,      35999999, 18000000",
            "2023-07-07, SELF_USE,      36000000, 18000000",
            "2023-07-07, SELF_USE,      36000001, 18000000.5",
            "2023-07-07, NON_SELF_USE,   6000000, 3000000",
            "2023-07-07, NON_SELF_USE,  40000000, 20000000",
            // 2024-02-28, self-use: 70% to 30M; cap 21M to 35M; then 60%; non-self-use 60%.
            "2024-02-28, SELF_USE,      29999999, 20999999.3",
            "2024-02-28, SELF_USE,      30000000, 21000000",
            "2024-02-28, SELF_USE,      30000001, 21000000",
            "2024-02-28, SELF_USE,      34999999, 21000000",
            "2024-02-28, SELF_USE,      35000000, 21000000",
            "2024-02-28, SELF_USE,      35000001, 21000000.6",
            "2024-02-28, NON_SELF_USE,   6000000, 3600000",
            // 2024-10-16: 70% at any value, self-use or not.
            "2024-10-16, SELF_USE,       6000000, 4200000",
            "2024-10-16, SELF_USE,     100000000, 70000000",
            "2024-10-16, NON_SELF_USE,   6000000, 4200000",
    })
    void theMaximumLoanByLtvFollowsTheBand(String regime, Use use, double value, double maxLoan) {
        PreApprovalAnswer answer = caseOf(regime, use, value);

        assertThat(answer.regime().id()).isEqualTo(regime);
        assertThat(answer.limit().kind()).isEqualTo("HKMA");
        assertThat(answer.maxLoanByLtv()).isCloseTo(maxLoan, within(0.01));
        assertThat(answer.maxLtvPct()).isCloseTo(maxLoan * 100 / value, within(1e-9));
    }

    @ParameterizedTest(name = "{0}: a loan of HK${1} on HK$16M is above the cap: {2}")
    @CsvSource({
            "2023-07-07, 10499999, false",
            "2023-07-07, 10500000, false",
            "2023-07-07, 10500001, true",
            "2024-10-16, 11200000, false",
            "2024-10-16, 11200001, true",
    })
    void aLoanAboveTheMaximumIsDeclinedAndOneAtItIsNot(String regime, double amount, boolean above) {
        Borrowers borrower = Borrowers.nothing().price(16_000_000).valuation(16_000_000).use(Use.SELF_USE)
                .completed(true).agreementDate(LocalDate.parse(regime)).amount(amount);

        assertThat(codes(borrower).contains("LTV_ABOVE_POLICY_CAP")).isEqualTo(above);
    }

    /**
     * 70% of a value as written is the loan that reads as it, to the cent even on the largest flats the API takes:
     * the binary product of HK$999,999,999,999.99 and 0.7 came out HK$0.0001 below HK$699,999,999,999.993, and a
     * loan of exactly 70% was declined.
     */
    @ParameterizedTest(name = "HK${0}: 70% is HK${1}; a cent more is above the cap")
    @CsvSource({
            "999999999999.99, 699999999999.993",
            "66430920240.43,  46501644168.301",
            "16000000,        11200000",
            "1234567.89,      864197.523",
    })
    void aLoanOfExactlyTheCapsShareOfTheValuePassesAndACentMoreDoesNot(double value, double atTheCap) {
        Borrowers borrower = Borrowers.nothing().price(value).valuation(value).use(Use.SELF_USE).completed(true)
                .agreementDate(LocalDate.of(2026, 1, 5)).amount(atTheCap);

        assertThat(preApprove(borrower).maxLoanByLtv()).isEqualTo(atTheCap);
        assertThat(codes(borrower)).doesNotContain("LTV_ABOVE_POLICY_CAP");
        assertThat(codes(borrower.amount(atTheCap + 0.01))).contains("LTV_ABOVE_POLICY_CAP");
    }
}
