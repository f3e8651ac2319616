package hk.negequity.policy;

import static hk.negequity.BundledRuleSet.preApprove;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hk.negequity.Borrowers;
import hk.negequity.BundledRuleSet;
import hk.negequity.advice.AdviceItem;
import hk.negequity.advice.PreApprovalAnswer;
import hk.negequity.advice.PreApprovalService;
import hk.negequity.advice.Presentation;
import hk.negequity.engine.RuleEngine;
import hk.negequity.model.Scheme;
import hk.negequity.model.Use;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each limit a loan breaks names the most that limit allows, so that a broker who reads one piece of advice is
 * never told a loan that another limit in the same answer declines; the answer's maxLoan is the lowest of them.
 */
class EachLimitsMaximumLoanTest {

    /**
     * A HK$16M self-use flat agreed under the 2023-07-07 regime (HK$15–17.5M: at most HK$10.5M), HK$10.6M at 3.5%
     * over 360 months on HK$80,000 a month. By hand: 50% of the income, HK$40,000 a month at 3.5%, repays
     * HK$8,907,799.40; stressed, 60%, HK$48,000 a month at 5.5%, HK$8,453,844.63.
     */
    private static Borrowers threeLimitsBroken() {
        return Borrowers.nothing().price(16_000_000).valuation(16_000_000).use(Use.SELF_USE).completed(true)
                .agreementDate(LocalDate.of(2023, 8, 1)).amount(10_600_000).rate(3.5).tenor(360)
                .scheme(Scheme.STANDARD).income(80_000).reserves(1_000_000);
    }

    private static AdviceItem reason(PreApprovalAnswer answer, String code) {
        return answer.reasons().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void givenThreeLimitsBrokenEachNamesItsOwnMaximumAndTheAnswersMaximumIsTheLowest() {
        PreApprovalAnswer answer = preApprove(threeLimitsBroken());

        AdviceItem ltv = reason(answer, "LTV_ABOVE_POLICY_CAP");
        AdviceItem dsr = reason(answer, "DSR_ABOVE_CAP");
        AdviceItem stress = reason(answer, "STRESS_TEST_FAILED");
        assertThat(ltv.figures()).containsEntry("maxLoan", 10_500_000.0);
        assertThat(ltv.actions()).containsExactly(
                "To meet this limit, borrow at most HK$10,500,000: HK$100,000 more as down payment.");
        assertThat((Double) dsr.figures().get("maxLoanByDsr")).isCloseTo(8_907_799.40, within(0.005));
        assertThat(dsr.actions().get(0)).startsWith("Borrow less (at most HK$8,907,799.40 at this rate and tenor) or");
        assertThat((Double) stress.figures().get("maxLoanByStressTest")).isCloseTo(8_453_844.63, within(0.005));
        assertThat(stress.actions()).containsExactly("Borrow less (at most HK$8,453,844.63 over this tenor) or choose "
                + "a longer tenor (within 30 years) so that the stressed instalment fits.");
        assertThat(answer.maxLoan()).isEqualTo(stress.figures().get("maxLoanByStressTest"))
                .isEqualTo(answer.maxLoanByDsr());
        assertThat(answer.maxLoanDrivenBy()).isEqualTo("DSR");
    }

    @ParameterizedTest(name = "regime {0}: the DSR advice's maximum is the answer's maxLoanByDsr")
    @CsvSource({"2024-10-16", "2024-02-28"})
    void givenNoStressTestTheDsrAdvicesMaximumIsTheAnswers(String agreed) {
        PreApprovalAnswer answer = preApprove(threeLimitsBroken().agreementDate(LocalDate.parse(agreed)).income(30_000));

        assertThat(reason(answer, "DSR_ABOVE_CAP").figures().get("maxLoanByDsr")).isEqualTo(answer.maxLoanByDsr());
    }

    /** HK$1,000 a month (HK$360,000 at 0% over 360 months) on HK$2,000 a month: the 50% cap is HK$1,000. */
    @ParameterizedTest(name = "other debts HK${0} a month: the cap leaves room for a loan of {1}")
    @CsvSource(nullValues = "-", value = {
            "1000,   -",      // other debts use up the cap: no loan fits, and none is named
            "1500,   -",
            "999.99, 3.6",    // a cent a month over 360 months at 0%
    })
    void givenOtherDebtsThatUseUpTheCapNoMaximumLoanIsNamed(double otherDebt, Double maxLoan) {
        Borrowers borrower = Borrowers.thousandDollarInstalment().price(1_000_000).valuation(1_000_000)
                .use(Use.SELF_USE).completed(true).agreementDate(LocalDate.of(2024, 10, 16)).scheme(Scheme.STANDARD)
                .income(2_000).otherDebt(otherDebt);

        AdviceItem dsr = reason(preApprove(borrower), "DSR_ABOVE_CAP");

        assertThat(dsr.figures().get("maxLoanByDsr")).isEqualTo(maxLoan);
        assertThat(dsr.actions().get(0)).startsWith(maxLoan == null ? "Borrow less or repay other debts"
                : "Borrow less (at most HK$3.60 at this rate and tenor) or repay other debts");
    }

    @Test
    void givenOtherDebtsThatUseUpTheStressedCapNoStressedMaximumIsNamed() {
        // 60% of HK$80,000 is HK$48,000 a month: other debts of that much leave nothing for the stressed instalment.
        AdviceItem stress = reason(preApprove(threeLimitsBroken().otherDebt(48_000)), "STRESS_TEST_FAILED");

        assertThat(stress.figures()).doesNotContainKey("maxLoanByStressTest");
        assertThat(stress.actions()).containsExactly(
                "Borrow less or choose a longer tenor (within 30 years) so that the stressed instalment fits.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "zh-HK, '要符合此上限，貸款不超過 HK$1,050萬', '（按現時利率及還款期，最多 HK$8,907,799.40）'",
            "zh-CN, '要符合此上限，贷款不超过 HK$1,050万', '（按当前利率和还款期，最多 HK$8,907,799.40）'",
    })
    void givenChineseEachMaximumIsWordedInTheReadersLanguage(String language, String ltvAction, String dsrPart) {
        PreApprovalAnswer answer = new PreApprovalService(BundledRuleSet::get, new RuleEngine())
                .preApprove(threeLimitsBroken().request(), new Presentation(language, false));

        assertThat(reason(answer, "LTV_ABOVE_POLICY_CAP").actions().get(0)).startsWith(ltvAction);
        assertThat(reason(answer, "DSR_ABOVE_CAP").actions().get(0)).contains(dsrPart).doesNotContain("[", "{");
        assertThat(reason(answer, "STRESS_TEST_FAILED").actions().get(0)).contains("最多 HK$").doesNotContain("[", "{");
    }
}
