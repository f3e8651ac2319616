package hk.negequity.policy;

import static hk.negequity.BundledRuleSet.codes;
import static hk.negequity.BundledRuleSet.preApprove;
import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.advice.PreApprovalAnswer;
import hk.negequity.facts.VerdictOutcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HKMA regime is chosen by the agreement date, with the completion-date rule for uncompleted flats. */
class RegimeSelectionTest {

    private static Borrowers completedFlatAgreedOn(String date) {
        return Borrowers.buyer(4_200_000).income(100_000).reserves(1_000_000).agreementDate(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "an agreement of {0} takes the regime of {1}")
    @CsvSource({
            "2023-07-07, 2023-07-07",
            "2023-07-08, 2023-07-07",
            "2024-02-27, 2023-07-07",
            "2024-02-28, 2024-02-28",
            "2024-10-15, 2024-02-28",
            "2024-10-16, 2024-10-16",
            "2026-11-28, 2024-10-16",
    })
    void theRegimeInForceOnTheAgreementDateApplies(String agreed, String regime) {
        PreApprovalAnswer answer = preApprove(completedFlatAgreedOn(agreed));

        assertThat(answer.regime().id()).isEqualTo(regime);
        assertThat(answer.regime().regimeDate()).isEqualTo(agreed);
        assertThat(answer.regime().basis()).isEqualTo("AGREEMENT_DATE");
        assertThat(answer.regime().source()).isNotBlank();
    }

    @Test
    void withoutAnAgreementDateTheAdviceDateDecides() {
        PreApprovalAnswer answer = preApprove(Borrowers.buyer(4_200_000).income(100_000)
                .asOf(LocalDate.of(2024, 3, 1)));

        assertThat(answer.regime().id()).isEqualTo("2024-02-28");
        assertThat(answer.regime().basis()).isEqualTo("AS_OF_DATE");
    }

    @ParameterizedTest(name = "{0} instalments paid, no agreement date: the advice date decides {1}")
    @CsvSource({"0, true", "1, false", "60, false"})
    void aLoanAlreadyBeingRepaidIsNotGivenTheAdviceDatesRegime(int paid, boolean decides) {
        Borrowers borrower = Borrowers.buyer(5_400_000).income(100_000).reserves(1_000_000).paymentsMade(paid)
                .asOf(LocalDate.of(2026, 11, 28));

        PreApprovalAnswer answer = preApprove(borrower);

        assertThat(answer.regime() != null).isEqualTo(decides);
        assertThat(codes(borrower).contains("LTV_ABOVE_POLICY_CAP")).as("90% against today's 70%").isEqualTo(decides);
        if (!decides) {
            assertThat(answer.verdict()).isEqualTo(VerdictOutcome.REFER);
            assertThat(answer.reasons()).anySatisfy(r -> assertThat(r.figures().get("missingFacts")).asList()
                    .contains("property.agreementDate"));
            assertThat(preApprove(borrower.agreementDate(LocalDate.of(2024, 11, 1))).regime().id())
                    .as("given, it decides").isEqualTo("2024-10-16");
        }
    }

    @Test
    void anUncompletedFlatBeingRepaidTakesTheAdviceDatesRegimeWithoutItsAgreementDate() {
        Borrowers borrower = Borrowers.buyer(4_200_000).income(100_000).reserves(1_000_000).completed(false)
                .paymentsMade(12).asOf(LocalDate.of(2026, 11, 28));

        PreApprovalAnswer answer = preApprove(borrower);

        assertThat(answer.regime().id()).isEqualTo("2024-10-16");
        assertThat(answer.regime().basis()).isEqualTo("UNCOMPLETED_FLAT");
        assertThat(answer.advice()).noneSatisfy(a -> assertThat(a.code()).isEqualTo("PRE_APPROVAL_INCOMPLETE"));
    }

    @Test
    void anAgreementBeforeTheEarliestRegimeIsReferredNeverGivenAnotherRegime() {
        PreApprovalAnswer answer = preApprove(completedFlatAgreedOn("2023-07-06"));

        assertThat(answer.regime()).isNull();
        assertThat(answer.maxLoan()).isNull();
        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.REFER);
        assertThat(answer.reasons()).extracting(r -> r.code()).contains("REGIME_NOT_COVERED");
        assertThat(answer.advice()).filteredOn(a -> a.code().equals("REGIME_NOT_COVERED")).singleElement()
                .satisfies(a -> {
                    assertThat(a.severity().name()).isEqualTo("INFO");
                    assertThat(a.figures()).containsEntry("coveredFrom", "2023-07-07")
                            .containsEntry("coveredDates", List.of("2023-07-07", "2024-02-28", "2024-10-16"));
                    assertThat(a.message()).contains("7 July 2023");
                });
        assertThat(codes(completedFlatAgreedOn("2023-07-06"))).contains("REGIME_NOT_COVERED")
                .doesNotContain("LTV_ABOVE_POLICY_CAP");
    }

    @ParameterizedTest(name = "{0} paid, {1} in arrears: told as a loan already drawn")
    @CsvSource({"60, 0", "0, 2", "1, 1"})
    void anOwnersLoanAgreedBeforeTheEarliestRegimeIsToldItDoesNotChangeTheAdviceOnItsEquity(int paid, int arrears) {
        Borrowers owner = completedFlatAgreedOn("2019-05-01").paymentsMade(paid).arrears(arrears)
                .outstanding(3_800_000).currentValue(5_000_000);

        PreApprovalAnswer answer = preApprove(owner);

        // Arrears decline on their own; otherwise the case is referred, to be checked by hand before new lending.
        assertThat(answer.verdict())
                .isEqualTo(arrears > 0 ? VerdictOutcome.DECLINE : VerdictOutcome.REFER);
        if (arrears == 0) {
            assertThat(answer.reasons()).extracting(r -> r.code()).contains("REGIME_NOT_COVERED");
        }
        assertThat(answer.advice()).filteredOn(a -> a.code().equals("REGIME_NOT_COVERED")).singleElement()
                .satisfies(a -> {
                    assertThat(a.rule()).isEqualTo("Refer: a loan being repaid was agreed before every regime encoded");
                    assertThat(a.severity().name()).isEqualTo("INFO");
                    assertThat(a.figures()).containsEntry("regimeDate", "2019-05-01")
                            .containsEntry("coveredFrom", "2023-07-07");
                    assertThat(a.message()).startsWith("Your loan was agreed on 1 May 2019")
                            .contains("does not depend on them").doesNotContain("by hand");
                    assertThat(a.actions()).singleElement().asString().contains("refinance");
                });
    }

    @Test
    void aBuyerWhoHasPaidNothingYetIsToldToCheckTheLimitsOfTheDayByHand() {
        PreApprovalAnswer answer = preApprove(completedFlatAgreedOn("2023-07-06").paymentsMade(0).arrears(0));

        assertThat(answer.advice()).filteredOn(a -> a.code().equals("REGIME_NOT_COVERED")).singleElement()
                .satisfies(a -> {
                    assertThat(a.rule()).isEqualTo("Refer: the regime date is before every regime encoded");
                    assertThat(a.message()).contains("by hand");
                });
    }

    @Test
    void aMortgageInsuranceLoanBeingRepaidWithoutItsAgreementDateIsNotHeldToTheHkmaCap() {
        // 90% under mortgage insurance, an uncompleted flat, 12 instalments paid: the band table of its day is unknown.
        Borrowers owner = Borrowers.buyer(5_400_000).scheme(hk.negequity.model.Scheme.MORTGAGE_INSURANCE).completed(false)
                .paymentsMade(12).income(60_000).reserves(500_000).firstTimeBuyer(true).salaried(true);
        PreApprovalAnswer answer = preApprove(owner);

        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.REFER);
        assertThat(answer.advice()).noneSatisfy(a -> assertThat(a.code()).isEqualTo("LTV_ABOVE_POLICY_CAP"));
        assertThat(answer.reasons()).anySatisfy(r -> assertThat(r.figures().get("missingFacts")).asList()
                .contains("property.agreementDate"));
        assertThat(preApprove(owner.agreementDate(LocalDate.of(2025, 6, 1))).limit().kind())
                .as("given, the band table decides").isEqualTo("MORTGAGE_INSURANCE");
    }

    @Test
    void aFlatAgreedBeforeTheRegimesEncodedWhoseCompletionIsNotGivenIsAskedWhetherItHasCompleted() {
        PreApprovalAnswer answer = preApprove(completedFlatAgreedOn("2022-06-01").completed(null));

        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.REFER);
        assertThat(answer.reasons()).anySatisfy(r -> assertThat(r.figures().get("missingFacts")).asList()
                .containsExactly("property.completed"));
        assertThat(answer.needs()).anySatisfy(need -> assertThat(need.fact()).isEqualTo("property.completed"));
        assertThat(preApprove(completedFlatAgreedOn("2022-06-01")).reasons())
                .as("completed: nothing to ask").noneSatisfy(r -> assertThat(r.code()).isEqualTo("PRE_APPROVAL_INCOMPLETE"));
        assertThat(preApprove(completedFlatAgreedOn("2023-07-07").completed(null)).reasons())
                .as("covered: nothing to ask").noneSatisfy(r -> assertThat(r.code()).isEqualTo("PRE_APPROVAL_INCOMPLETE"));
    }

    /** A chatbot is asked the same: uncompleted, the flat would take today's limits, and perhaps the 2024-12-04 scheme. */
    @Test
    void adviceOnAFlatAgreedBeforeTheRegimesEncodedAsksWhetherItHasCompletedToo() {
        assertThat(hk.negequity.BundledRuleSet.advise(completedFlatAgreedOn("2022-06-01").completed(null)).needs())
                .anySatisfy(need -> assertThat(need.fact()).isEqualTo("property.completed"));
        assertThat(hk.negequity.BundledRuleSet.advise(completedFlatAgreedOn("2022-06-01")).needs())
                .as("completed: nothing to ask").noneSatisfy(need -> assertThat(need.fact()).isEqualTo("property.completed"));
        assertThat(hk.negequity.BundledRuleSet.advise(completedFlatAgreedOn("2023-07-07").completed(null)).needs())
                .as("covered: nothing to ask").noneSatisfy(need -> assertThat(need.fact()).isEqualTo("property.completed"));
    }

    @Test
    void anUncompletedFlatTakesTheRegimeInForceWhenItCompletesNotWhenItWasBought() {
        PreApprovalAnswer answer = preApprove(completedFlatAgreedOn("2023-08-01").completed(false));

        assertThat(answer.regime().id()).isEqualTo("2024-10-16");
        assertThat(answer.regime().regimeDate()).isEqualTo("2026-11-28");
        assertThat(answer.regime().basis()).isEqualTo("UNCOMPLETED_FLAT");
    }

    @Test
    void anUncompletedFlatBoughtBeforeTheEarliestRegimeIsStillCoveredAtCompletion() {
        assertThat(preApprove(completedFlatAgreedOn("2022-06-01").completed(false)).regime().id())
                .isEqualTo("2024-10-16");
    }

    @Test
    void anUncompletedFlatInThePastTakesTheRegimeOfItsAdviceDate() {
        PreApprovalAnswer answer = preApprove(completedFlatAgreedOn("2023-08-01").completed(false)
                .asOf(LocalDate.of(2024, 6, 14)));

        assertThat(answer.regime().id()).isEqualTo("2024-02-28");
    }
}
