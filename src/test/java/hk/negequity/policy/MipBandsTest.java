package hk.negequity.policy;

import static hk.negequity.BundledRuleSet.codes;
import static hk.negequity.BundledRuleSet.missingFacts;
import static hk.negequity.BundledRuleSet.preApprove;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hk.negequity.Borrowers;
import hk.negequity.advice.AdviceItem;
import hk.negequity.advice.PreApprovalAnswer;
import hk.negequity.facts.VerdictOutcome;
import hk.negequity.model.Scheme;
import hk.negequity.model.Use;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Mortgage Insurance Programme's bands, with and without first-time buyer status, at every edge. */
class MipBandsTest {

    private static Borrowers mip(double value, boolean firstTimeBuyer, boolean salaried) {
        return Borrowers.nothing().price(value).valuation(value).use(Use.SELF_USE).completed(true)
                .agreementDate(LocalDate.of(2025, 3, 1)).amount(1_000_000).rate(3.5).tenor(360)
                .scheme(Scheme.MORTGAGE_INSURANCE).income(10_000_000).firstTimeBuyer(firstTimeBuyer)
                .salaried(salaried);
    }

    @ParameterizedTest(name = "HK${0}, salaried first-time buyer: max HK${1}; anyone else: HK${2}")
    @CsvSource({
            // ≤ 10M: 90% for salaried first-time buyers, else 80%.
            " 6000000,  5400000,   4800000",
            "10000000,  9000000,   8000000",
            // 10M–11.25M: the first-time buyer tier's loan is capped at 9M; else 80%.
            "10000001,  9000000,   8000000.8",
            "11249999,  9000000,   8999999.2",
            "11250000,  9000000,   9000000",
            // 11.25M–15M: 80% for all.
            "11250001,  9000000.8, 9000000.8",
            "15000000, 12000000,  12000000",
            // 15M–17.15M: capped at 12M.
            "15000001, 12000000,  12000000",
            "17150000, 12000000,  12000000",
            // 17.15M–30M: 70%.
            "17150001, 12005000.7, 12005000.7",
            "30000000, 21000000,  21000000",
    })
    void theMaximumLoanFollowsTheBandAndTheTier(double value, double firstTimeBuyerMax, double othersMax) {
        PreApprovalAnswer firstTimeBuyer = preApprove(mip(value, true, true));
        PreApprovalAnswer owner = preApprove(mip(value, false, true));
        PreApprovalAnswer notSalaried = preApprove(mip(value, true, false));

        assertThat(firstTimeBuyer.limit().kind()).isEqualTo("MORTGAGE_INSURANCE");
        assertThat(firstTimeBuyer.maxLoanByLtv()).isCloseTo(firstTimeBuyerMax, within(0.01));
        assertThat(owner.maxLoanByLtv()).isCloseTo(othersMax, within(0.01));
        assertThat(notSalaried.maxLoanByLtv()).isCloseTo(othersMax, within(0.01));
    }

    @ParameterizedTest(name = "a lending base of HK${0}: eligible {1}")
    @CsvSource({"30000000, true", "30000001, false", "50000000, false"})
    void mortgageInsuranceStopsAboveThirtyMillion(double value, boolean eligible) {
        assertThat(codes(mip(value, true, true)).contains("MIP_NOT_ELIGIBLE")).isEqualTo(!eligible);
        if (!eligible) {
            AdviceItem reason = preApprove(mip(value, true, true)).reasons().stream()
                    .filter(r -> r.code().equals("MIP_NOT_ELIGIBLE")).findFirst().orElseThrow();
            assertThat(reason.figures()).containsEntry("reason", "VALUE_ABOVE_CEILING")
                    .containsEntry("ceiling", 30_000_000.0);
            assertThat(reason.message()).contains("HK$30,000,000");
        }
    }

    @Test
    void aFlatThatIsNotForSelfUseCannotHaveMortgageInsurance() {
        PreApprovalAnswer answer = preApprove(mip(6_000_000, true, true).use(Use.NON_SELF_USE));

        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.DECLINE);
        assertThat(answer.reasons()).extracting(AdviceItem::code).contains("MIP_NOT_ELIGIBLE");
        assertThat(answer.reasons()).filteredOn(r -> r.code().equals("MIP_NOT_ELIGIBLE")).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("owner-occupied"));
        // Without mortgage insurance the HKMA's limit applies.
        assertThat(answer.limit().kind()).isEqualTo("HKMA");
    }

    @ParameterizedTest(name = "90% of HK$6M for first-time buyer {0}, salaried {1}: eligible {2}")
    @CsvSource({"true, true, true", "false, true, false", "true, false, false", "false, false, false"})
    void theNinetyPercentTierNeedsASalariedFirstTimeBuyer(boolean firstTimeBuyer, boolean salaried,
                                                          boolean eligible) {
        PreApprovalAnswer answer = preApprove(mip(6_000_000, firstTimeBuyer, salaried).amount(5_400_000));

        assertThat(answer.reasons().stream().anyMatch(r -> r.code().equals("MIP_NOT_ELIGIBLE"))).isEqualTo(!eligible);
        assertThat(answer.verdict()).isEqualTo(eligible ? VerdictOutcome.REFER : VerdictOutcome.DECLINE);
        if (!eligible) {
            assertThat(answer.reasons()).filteredOn(r -> r.code().equals("MIP_NOT_ELIGIBLE")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.figures()).containsEntry("reason", "FIRST_TIME_BUYER_TIER")
                                .containsEntry("maxLoanForAnyone", 4_800_000.0)
                                .containsEntry("maxLoanForFirstTimeBuyers", 5_400_000.0);
                        assertThat(r.message()).contains("salaried first-time buyers");
                    });
        }
    }

    /** A mortgage-insurance case at HK$6M where the tier's facts given are those named; the others are absent. */
    private static Borrowers tierNotGiven(String notGiven) {
        Borrowers borrower = Borrowers.nothing().price(6_000_000).valuation(6_000_000).use(Use.SELF_USE)
                .completed(true).agreementDate(LocalDate.of(2025, 3, 1)).rate(3.5).tenor(360)
                .scheme(Scheme.MORTGAGE_INSURANCE).income(10_000_000);
        return switch (notGiven) {
            case "firstTimeBuyer" -> borrower.salaried(true);
            case "salaried" -> borrower.firstTimeBuyer(true);
            default -> borrower;
        };
    }


    @ParameterizedTest(name = "90% of HK$6M, {0} not given: no decline on it, the pre-approval refers and asks")
    @CsvSource({"firstTimeBuyer, borrower.firstTimeBuyer", "salaried, borrower.salaried",
            "both, borrower.firstTimeBuyer borrower.salaried"})
    void aLoanOnlyTheFirstTimeBuyerTierAllowsWaitsForTheFactsNotGiven(String notGiven, String asked) {
        Borrowers borrower = tierNotGiven(notGiven).amount(5_400_000);
        PreApprovalAnswer answer = preApprove(borrower);

        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.REFER);
        assertThat(answer.advice()).extracting(AdviceItem::code).doesNotContain("LTV_ABOVE_POLICY_CAP",
                "MIP_NOT_ELIGIBLE");
        assertThat(missingFacts(answer)).containsExactly(asked.split(" "));
        assertThat(codes(borrower)).as("advice").doesNotContain("LTV_ABOVE_POLICY_CAP", "MIP_NOT_ELIGIBLE");
    }

    @ParameterizedTest(name = "{0} not given, a loan above what any tier allows: declined all the same")
    @CsvSource({"firstTimeBuyer", "salaried", "both"})
    void aLoanAboveEveryTierIsDeclinedWhateverTheTier(String notGiven) {
        PreApprovalAnswer answer = preApprove(tierNotGiven(notGiven).amount(5_400_001));

        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.DECLINE);
        assertThat(answer.reasons()).extracting(AdviceItem::code).containsExactly("LTV_ABOVE_POLICY_CAP");
    }

    @ParameterizedTest(name = "{0} not given, 80% of HK$6M: nothing to ask about the tier")
    @CsvSource({"firstTimeBuyer", "salaried", "both"})
    void aLoanEveryTierAllowsNeedsNoTierFacts(String notGiven) {
        PreApprovalAnswer answer = preApprove(tierNotGiven(notGiven).amount(4_800_000));

        assertThat(answer.advice()).extracting(AdviceItem::code).doesNotContain("LTV_ABOVE_POLICY_CAP",
                "MIP_NOT_ELIGIBLE");
        assertThat(missingFacts(answer)).doesNotContain("borrower.firstTimeBuyer", "borrower.salaried");
        assertThat(answer.maxLoanByLtv()).isEqualTo(4_800_000);
    }

    @Test
    void aLoanWithinTheEightyPercentTierNeedsNoFirstTimeBuyerStatus() {
        assertThat(codes(mip(6_000_000, false, false).amount(4_800_000))).doesNotContain("MIP_NOT_ELIGIBLE",
                "LTV_ABOVE_POLICY_CAP");
    }

    @Test
    void aLoanAboveEveryTierIsAboveThePolicyCap() {
        PreApprovalAnswer answer = preApprove(mip(6_000_000, true, true).amount(5_400_001));

        assertThat(answer.reasons()).extracting(AdviceItem::code).containsExactly("LTV_ABOVE_POLICY_CAP");
    }

    @Test
    void aLoanACentAboveTheTopTierIsACentAbove() {
        PreApprovalAnswer answer = preApprove(mip(6_000_000, true, true).amount(5_400_000.01));

        assertThat(answer.reasons()).filteredOn(r -> r.code().equals("LTV_ABOVE_POLICY_CAP")).singleElement()
                .satisfies(r -> assertThat(r.figures()).containsEntry("excess", 0.01));
    }

    @Test
    void uncompletedFlatsAgreedBefore2023_09_22KeepThe2022Bands() {
        // 2022-02-23 bands: 80% to 12M, then capped at 9.6M to 19.2M.
        Borrowers uncompleted = mip(12_500_000, false, true).completed(false).agreementDate(LocalDate.of(2023, 9, 21));
        Borrowers later = mip(12_500_000, false, true).completed(false).agreementDate(LocalDate.of(2023, 9, 22));
        Borrowers completed = mip(12_500_000, false, true).completed(true).agreementDate(LocalDate.of(2023, 9, 21));

        assertThat(preApprove(uncompleted).maxLoanByLtv()).isEqualTo(9_600_000);
        assertThat(preApprove(later).maxLoanByLtv()).isEqualTo(10_000_000);
        assertThat(preApprove(completed).maxLoanByLtv()).isEqualTo(10_000_000);
        assertThat(preApprove(mip(19_200_001, false, true).completed(false).agreementDate(LocalDate.of(2023, 8, 1)))
                .reasons()).extracting(AdviceItem::code).contains("MIP_NOT_ELIGIBLE");
    }

    /** An uncompleted flat takes today's HKMA regime but the MIP table of its agreement date. */
    private static Borrowers uncompletedAgreedOn(String date) {
        return mip(6_000_000, true, true).completed(false).agreementDate(LocalDate.parse(date))
                .asOf(LocalDate.of(2026, 1, 1)).amount(5_400_000).reserves(10_000_000);
    }

    @Test
    void aMortgageInsuranceLoanNoBandTableCoversIsReferredNotHeldToTheHkmaCap() {
        PreApprovalAnswer answer = preApprove(uncompletedAgreedOn("2019-10-15"));

        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.REFER);
        assertThat(answer.reasons()).extracting(AdviceItem::code).contains("REGIME_NOT_COVERED")
                .doesNotContain("LTV_ABOVE_POLICY_CAP");
        assertThat(answer.limit()).isNull();
        assertThat(answer.maxLoanByLtv()).isNull();
    }

    @Test
    void aMortgageInsuranceLoanBeingRepaidThatNoBandTableCoversIsToldAsALoanAlreadyDrawn() {
        PreApprovalAnswer answer = preApprove(uncompletedAgreedOn("2019-10-15").paymentsMade(12));

        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.REFER);
        assertThat(answer.advice()).filteredOn(a -> a.code().equals("REGIME_NOT_COVERED")).singleElement()
                .satisfies(a -> {
                    assertThat(a.rule()).isEqualTo(
                            "Refer: no mortgage-insurance band table is encoded for the agreement date of a loan being repaid");
                    assertThat(a.message()).contains("your loan is not checked").doesNotContain("by hand");
                });
        assertThat(answer.advice()).noneSatisfy(a -> assertThat(a.code()).isEqualTo("LTV_ABOVE_POLICY_CAP"));
    }

    @Test
    void theEarliestBandTableCoversItsOwnFirstDay() {
        PreApprovalAnswer answer = preApprove(uncompletedAgreedOn("2019-10-16"));

        assertThat(answer.reasons()).extracting(AdviceItem::code).doesNotContain("REGIME_NOT_COVERED",
                "LTV_ABOVE_POLICY_CAP");
        assertThat(answer.limit().kind()).isEqualTo("MORTGAGE_INSURANCE");
        assertThat(answer.maxLoanByLtv()).isEqualTo(5_400_000);
    }

    @Test
    void aFlatNotForSelfUseIsStillHeldToTheHkmaCapWhateverTheMipTable() {
        PreApprovalAnswer answer = preApprove(uncompletedAgreedOn("2019-10-15").use(Use.NON_SELF_USE));

        assertThat(answer.verdict()).isEqualTo(VerdictOutcome.DECLINE);
        assertThat(answer.reasons()).extracting(AdviceItem::code).contains("MIP_NOT_ELIGIBLE", "LTV_ABOVE_POLICY_CAP");
        assertThat(answer.limit().kind()).isEqualTo("HKMA");
    }

    @Test
    void mortgageInsuranceCapsDebtServicingAtFiftyPercent() {
        // HK$360,000 at 0% over 360 months: HK$1,000 a month.
        Borrowers borrower = mip(400_000, true, true).amount(360_000).rate(0);

        assertThat(codes(borrower.income(2_000))).doesNotContain("DSR_ABOVE_CAP");
        assertThat(codes(borrower.income(1_999))).contains("DSR_ABOVE_CAP");
    }
}
