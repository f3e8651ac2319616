package hk.negequity.policy;

import static hk.negequity.BundledRuleSet.preApprove;
import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.advice.PreApprovalAnswer;
import hk.negequity.facts.VerdictOutcome;
import hk.negequity.model.Scheme;
import hk.negequity.model.Use;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The flat's use not given, where the DSR cap or the stressed cap differs by use: the DSR's maximum waits for the use,
 * and the maximum loan is the LTV limit alone, driven by the LTV, as where income, rate or tenor is not given.
 */
class MaxLoanWithoutUseTest {

    @ParameterizedTest(name = "{0}, agreed {1}, the use not given: maxLoan is the LTV limit alone")
    @CsvSource({
            // Mortgage insurance under the 2023-07-07 regime: its stressed cap is 60% for self-use, 50% not.
            "MORTGAGE_INSURANCE,  6000000, 2023-08-01, 4800000",
            // The 2024-02-28 regime: DSR caps of 50% for self-use, 40% not, no stress test.
            "STANDARD,           40000000, 2024-03-01, 10000000",
            // The 2023-07-07 regime with its stress test.
            "STANDARD,           40000000, 2023-08-01, 10000000",
    })
    void theMaximumIsTheLtvLimitAlone(Scheme scheme, double value, LocalDate agreed, double amount) {
        PreApprovalAnswer answer = preApprove(Borrowers.nothing().price(value).valuation(value).completed(true)
                .agreementDate(agreed).amount(amount).rate(3.5).tenor(360).scheme(scheme).income(100_000)
                .firstTimeBuyer(true).salaried(true).use(null));

        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.REFER);
        assertThat(answer.maxLoanByLtv()).isNotNull();
        assertThat(answer.maxLoan()).isEqualTo(answer.maxLoanByLtv());
        assertThat(answer.maxLoanByDsr()).isNull();
        assertThat(answer.maxLoanDrivenBy()).isEqualTo("LTV");
    }

    @ParameterizedTest(name = "{0}, agreed {1}, self-use given: maxLoan is the lower of the two")
    @CsvSource({"MORTGAGE_INSURANCE, 6000000, 2023-08-01, 4800000", "STANDARD, 40000000, 2024-03-01, 10000000"})
    void withTheUseGivenTheDsrCounts(Scheme scheme, double value, LocalDate agreed, double amount) {
        PreApprovalAnswer answer = preApprove(Borrowers.nothing().price(value).valuation(value).completed(true)
                .agreementDate(agreed).amount(amount).rate(3.5).tenor(360).scheme(scheme).income(100_000)
                .firstTimeBuyer(true).salaried(true).use(Use.SELF_USE));

        assertThat(answer.maxLoanByDsr()).isNotNull();
        assertThat(answer.maxLoan()).isEqualTo(Math.min(answer.maxLoanByLtv(), answer.maxLoanByDsr()));
    }
}
