package hk.negequity.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The payment maths against the worked figures of the facts file, section 2, to the cent or dollar. */
class MortgageMathTest {

    @ParameterizedTest(name = "HK${0} over {2} months at {1}% pays {3} a month")
    @CsvSource({
            "5000000, 3.5,  360, 22452.23",
            "5000000, 1.86, 360, 18132.89",
            "5000000, 2.26, 360, 19137.82",
            // The seed's example: a 90% loan on a HK$6M flat.
            "5400000, 3.5,  360, 24248.41",
    })
    void monthlyPaymentMatchesTheFactsFile(double principal, double ratePct, int months, double expected) {
        assertThat(MortgageMath.monthlyPayment(principal, ratePct, months)).isCloseTo(expected, within(0.005));
    }

    @ParameterizedTest(name = "HK${0} at {1}% over {2} months owes {4} after {3} payments")
    @CsvSource({
            "9000000, 3.5, 360, 12, 8827278",
            "9000000, 3.5, 360, 36, 8463187",
            "9000000, 3.5, 360, 60, 8072737",
            "5400000, 3.5, 360, 60, 4843642",
    })
    void balanceMatchesTheFactsFile(double principal, double ratePct, int months, int paid, double expected) {
        assertThat(MortgageMath.balanceAfter(principal, ratePct, months, paid)).isCloseTo(expected, within(0.5));
    }

    @Test
    void theSeedsFallToNegativeEquityGrowsToAbout19Point3PercentAfterFiveYears() {
        double balance = MortgageMath.balanceAfter(5_400_000, 3.5, 360, 60);
        assertThat((1 - balance / 6_000_000) * 100).isCloseTo(19.3, within(0.05));
    }

    @Test
    void aZeroRateRepaysThePrincipalInEqualParts() {
        assertThat(MortgageMath.monthlyPayment(360_000, 0, 360)).isEqualTo(1_000);
        assertThat(MortgageMath.balanceAfter(360_000, 0, 360, 60)).isEqualTo(300_000);
        assertThat(MortgageMath.principalFor(1_000, 0, 360)).isEqualTo(360_000);
    }

    @Test
    void theLoanIsRepaidAfterTheLastPayment() {
        assertThat(MortgageMath.balanceAfter(5_000_000, 3.5, 360, 360)).isZero();
        assertThat(MortgageMath.balanceAfter(5_000_000, 3.5, 360, 359))
                .isCloseTo(MortgageMath.monthlyPayment(5_000_000, 3.5, 360) / (1 + 3.5 / 1200), within(0.01));
    }

    @Test
    void noPaymentsLeaveThePrincipal() {
        assertThat(MortgageMath.balanceAfter(5_000_000, 3.5, 360, 0)).isCloseTo(5_000_000, within(1e-6));
    }

    /**
     * At the edge of what the service takes (30% over 600 months, HK$10⁸ and HK$10¹²) the balance holds to the cent:
     * one payment before the end it is that payment discounted a month (exact values worked to 60 digits).
     */
    @ParameterizedTest(name = "HK${0} at 30% over 600 months, after 599 payments, owes HK${1}")
    @CsvSource({"1e8, 2439025.2875", "1e12, 24390252874.60"})
    void theBalanceHoldsToTheCentAtAHighRateOverALongTerm(double principal, double expected) {
        double balance = MortgageMath.balanceAfter(principal, 30, 600, 599);

        assertThat(balance).isCloseTo(expected, within(0.01));
        assertThat(MortgageMath.monthlyPayment(balance, 30, 1)).as("on its schedule, the same instalment")
                .isCloseTo(MortgageMath.monthlyPayment(principal, 30, 600), within(0.01));
    }

    @ParameterizedTest(name = "principalFor inverts the payment at {0}% over {1} months")
    @CsvSource({"3.5, 360", "5.5, 300", "0.01, 12", "30, 600"})
    void principalForInvertsTheMonthlyPayment(double ratePct, int months) {
        double payment = MortgageMath.monthlyPayment(4_321_000, ratePct, months);
        assertThat(MortgageMath.principalFor(payment, ratePct, months)).isCloseTo(4_321_000, within(0.01));
    }

    @Test
    void impossibleTermsAreRefused() {
        assertThatThrownBy(() -> MortgageMath.monthlyPayment(1, 3.5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MortgageMath.monthlyPayment(1, -1, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MortgageMath.balanceAfter(1, 3.5, 12, 13)).isInstanceOf(IllegalArgumentException.class);
    }
}
