package hk.negequity.policy;

import static hk.negequity.BundledRuleSet.missingFacts;
import static hk.negequity.BundledRuleSet.preApprove;
import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.advice.PreApprovalAnswer;
import hk.negequity.facts.VerdictOutcome;
import hk.negequity.model.Scheme;
import hk.negequity.model.Use;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mortgage insurance and the 2024-12-04 scheme are for self-use flats (facts file §3, §4). Their limits are
 * applied to a flat whose use is not given, but a pass on them waits for the use; and where mortgage
 * insurance's band table depends on whether the flat is completed, a pass waits for that too.
 */
class SelfUseSchemeFactsTest {

    /** 80% of HK$6M under mortgage insurance in 2025: within the tier anyone gets, sound in every other way. */
    private static Borrowers mipEightyPercent() {
        return Borrowers.nothing().asOf(LocalDate.of(2025, 10, 10)).price(6_000_000).valuation(6_000_000)
                .completed(true).agreementDate(LocalDate.of(2025, 9, 1)).amount(4_800_000).rate(3.5).tenor(360)
                .scheme(Scheme.MORTGAGE_INSURANCE).income(100_000).reserves(10_000_000).firstTimeBuyer(true)
                .salaried(true);
    }


    @Test
    void aMortgageInsuranceLoanWithoutTheFlatsUseIsReferredForIt() {
        PreApprovalAnswer answer = preApprove(mipEightyPercent());

        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.REFER);
        assertThat(missingFacts(answer)).containsExactly("property.use");
        assertThat(answer.limit().kind()).as("the limit a self-use flat would get").isEqualTo("MORTGAGE_INSURANCE");
    }

    @Test
    void givenTheUseTheSameLoanPassesForSelfUseAndIsDeclinedOtherwise() {
        assertThat(preApprove(mipEightyPercent().use(Use.SELF_USE)).verdict()).isEqualTo(VerdictOutcome.PASS);
        assertThat(preApprove(mipEightyPercent().use(Use.NON_SELF_USE)).verdict()).isEqualTo(VerdictOutcome.DECLINE);
    }

    @Test
    void theSpecialSchemeWithoutTheFlatsUseAsksForIt() {
        Borrowers scheme = Borrowers.nothing().asOf(LocalDate.of(2025, 1, 10)).price(6_000_000).valuation(5_000_000)
                .completed(false).stagePayment(true).agreementDate(LocalDate.of(2022, 6, 1)).amount(4_000_000)
                .rate(3.5).tenor(360).scheme(Scheme.STANDARD).income(100_000).reserves(10_000_000);

        PreApprovalAnswer answer = preApprove(scheme);

        assertThat(answer.limit().kind()).isEqualTo("SPECIAL_SCHEME");
        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.REFER);
        assertThat(missingFacts(answer)).containsExactly("property.use");
        assertThat(missingFacts(preApprove(scheme.use(Use.SELF_USE)))).isEmpty();
    }

    @Test
    void anHkmaLimitTheSameForEitherUseNeedsNoUse() {
        PreApprovalAnswer answer = preApprove(mipEightyPercent().scheme(Scheme.STANDARD).amount(4_200_000));

        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.PASS);
    }

    /**
     * The 2023-07-07 band table applies to completed flats agreed from 2023-07-07 and to uncompleted ones from
     * 2023-09-22; before and after, one table serves both.
     */
    @ParameterizedTest(name = "MIP agreed {0}, completion not given: asked for it {1}")
    @CsvSource({"2023-07-06, true", "2023-07-07, true", "2023-09-21, true", "2023-09-22, false"})
    void whereTheBandTableDependsOnCompletionAPassWaitsForIt(String agreed, boolean asked) {
        // 2023-07-06 is before the first HKMA regime encoded, but only for a completed flat: an uncompleted one takes
        // the regime of the advice date, so completion is asked for there too (RegimeSelectionTest).
        Borrowers borrower = mipEightyPercent().use(Use.SELF_USE).asOf(LocalDate.of(2023, 10, 1))
                .agreementDate(LocalDate.parse(agreed)).completed(null);

        PreApprovalAnswer answer = preApprove(borrower);

        assertThat(missingFacts(answer).contains("property.completed")).isEqualTo(asked);
        if (asked) {
            assertThat(answer.verdict()).isEqualTo(VerdictOutcome.REFER);
        }
        assertThat(missingFacts(preApprove(borrower.completed(true)))).doesNotContain("property.completed");
    }

    @Test
    void fromTheDayOneTableServesBothThePassNeedsNoCompletion() {
        Borrowers borrower = mipEightyPercent().use(Use.SELF_USE).asOf(LocalDate.of(2023, 10, 1))
                .agreementDate(LocalDate.of(2023, 9, 22)).completed(null);

        assertThat(preApprove(borrower).verdict()).isEqualTo(VerdictOutcome.PASS);
    }
}
