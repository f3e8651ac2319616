package hk.negequity.rules;

import static hk.negequity.BundledRuleSet.advice;
import static hk.negequity.BundledRuleSet.codes;
import static hk.negequity.BundledRuleSet.message;
import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.facts.Advice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Six months of repayments in reserve; an instalment of exactly HK$1,000 makes the edge exact. */
class ReserveRulesTest {

    /** An owner who gave the instalments paid but neither the amount nor the balance is asked for either. */
    @Test
    void anOwnerWithoutTheAmountIsAskedForTheBalanceAsWell() {
        Borrowers owner = Borrowers.nothing().paymentsMade(12).rate(3.5).tenor(360).reserves(100_000).income(30_000);

        assertThat(codes(owner)).doesNotContain("RESERVE_BELOW_SIX_MONTHS", "RESERVE_ADEQUATE");
        for (String fact : new String[] {"loan.amount", "loan.outstanding"}) {
            assertThat(hk.negequity.BundledRuleSet.advise(owner).needs()).as(fact)
                    .filteredOn(n -> n.fact().equals(fact)).singleElement()
                    .satisfies(n -> assertThat(n.unlocks()).contains("RESERVE_BELOW_SIX_MONTHS", "RESERVE_ADEQUATE"));
        }
        // HK$4M over the 348 months left at 3.5% is HK$18,313.24 a month: HK$100,000 is under six of them.
        assertThat(codes(owner.outstanding(4_000_000))).contains("RESERVE_BELOW_SIX_MONTHS");
    }


    @ParameterizedTest(name = "reserves of HK${0} against HK$1,000 a month give {1}")
    @CsvSource({
            "0,       RESERVE_BELOW_SIX_MONTHS",
            "5999.99, RESERVE_BELOW_SIX_MONTHS",
            "6000,    RESERVE_ADEQUATE",
            "6000.01, RESERVE_ADEQUATE",
            "60000,   RESERVE_ADEQUATE",
    })
    void sixMonthsOfInstalmentsIsTheEdge(double reserves, String code) {
        assertThat(codes(Borrowers.thousandDollarInstalment().reserves(reserves)))
                .filteredOn(c -> c.startsWith("RESERVE_")).containsExactly(code);
    }

    @ParameterizedTest(name = "with HK$500 of other debt, reserves of HK${0} give {1}")
    @CsvSource({"8999.99, RESERVE_BELOW_SIX_MONTHS", "9000, RESERVE_ADEQUATE"})
    void otherMonthlyDebtCountsTowardsTheOutgoings(double reserves, String code) {
        assertThat(codes(Borrowers.thousandDollarInstalment().otherDebt(500).reserves(reserves)))
                .filteredOn(c -> c.startsWith("RESERVE_")).containsExactly(code);
    }

    @Test
    void theWarningSaysHowManyMonthsAreCoveredAndTheSumToAimFor() {
        Advice reserve = advice(Borrowers.thousandDollarInstalment().reserves(4_500), "RESERVE_BELOW_SIX_MONTHS")
                .orElseThrow();

        assertThat(reserve.figures())
                .containsEntry("reserveMonths", 4.5)
                .containsEntry("targetMonths", 6)
                .containsEntry("targetReserve", 6_000.0)
                .containsEntry("reserveGap", 1_500.0)
                .containsEntry("monthlyOutgoings", 1_000.0);
    }

    @ParameterizedTest(name = "{0} instalments paid: variant {1}")
    @CsvSource(nullValues = "-", value = {"0, -", "1, repaying", "120, repaying"})
    void anOwnerAlreadyRepayingIsToldToBuildReservesNotToBorrowLess(int paid, String variant) {
        Borrowers borrower = Borrowers.thousandDollarInstalment().paymentsMade(paid).reserves(5_999.99);

        Advice reserve = advice(borrower, "RESERVE_BELOW_SIX_MONTHS").orElseThrow();

        assertThat(reserve.variant()).isEqualTo(variant);
        assertThat(codes(borrower)).filteredOn(c -> c.startsWith("RESERVE_")).containsExactly("RESERVE_BELOW_SIX_MONTHS");
        assertThat(codes(borrower.reserves(6_000))).filteredOn(c -> c.startsWith("RESERVE_"))
                .containsExactly("RESERVE_ADEQUATE");
    }

    /**
     * An owner whose instalments are overdue, or whose income has stopped, is told to use the reserves to pay, not to
     * save: the arrears first (at one month and more), the instalments while out of work (paid up so far).
     */
    @ParameterizedTest(name = "{0} paid, {1} overdue, {2}: variant {3}")
    @CsvSource(nullValues = "-", value = {
            "120, 0, EMPLOYED,   repaying",
            "120, -, -,          repaying",
            "120, 1, EMPLOYED,   arrears",
            "0,   1, -,          arrears",
            "120, 4, UNEMPLOYED, arrears",
            "120, 0, UNEMPLOYED, unemployed",
            "0,   0, UNEMPLOYED, -"})
    void anOwnerInArrearsOrOutOfWorkIsToldToPayFromTheReservesNotToSave(int paid, Integer overdue,
                                                                     hk.negequity.model.Employment employment,
                                                                     String variant) {
        Borrowers borrower = Borrowers.thousandDollarInstalment().paymentsMade(paid).reserves(5_999.99);
        if (overdue != null) {
            borrower = borrower.arrears(overdue);
        }
        if (employment != null) {
            borrower = borrower.employment(employment);
        }

        Advice reserve = advice(borrower, "RESERVE_BELOW_SIX_MONTHS").orElseThrow();

        assertThat(reserve.variant()).isEqualTo(variant);
        assertThat(codes(borrower)).filteredOn(c -> c.startsWith("RESERVE_")).containsExactly("RESERVE_BELOW_SIX_MONTHS");
        if ("arrears".equals(variant)) {
            assertThat(actions(borrower)).first().asString().startsWith("Put your reserves towards the overdue");
        }
        if ("unemployed".equals(variant)) {
            assertThat(actions(borrower)).singleElement().asString().startsWith("While your income has stopped");
        }
    }

    private static java.util.List<String> actions(Borrowers borrower) {
        return hk.negequity.BundledRuleSet.item(borrower, "RESERVE_BELOW_SIX_MONTHS").actions();
    }

    @ParameterizedTest(name = "no monthly repayments, reserves of HK${0}: RESERVE_ADEQUATE")
    @CsvSource({"0", "100"})
    void withNothingToRepayAnyReservesAreAdequate(double reserves) {
        Borrowers nothingToRepay = Borrowers.nothing().amount(0).rate(3).tenor(360).otherDebt(0).reserves(reserves);

        Advice reserve = advice(nothingToRepay, "RESERVE_ADEQUATE").orElseThrow();

        assertThat(codes(nothingToRepay)).filteredOn(c -> c.startsWith("RESERVE_")).containsExactly("RESERVE_ADEQUATE");
        assertThat(reserve.variant()).isEqualTo("nothingToRepay");
        assertThat(reserve.figures()).containsEntry("monthlyOutgoings", 0.0).containsEntry("targetReserve", 0.0);
        assertThat(message(nothingToRepay, "RESERVE_ADEQUATE")).startsWith("You have no repayments to make (HK$0 a month)");
        assertThat(codes(Borrowers.nothing().amount(0).rate(3).tenor(360).otherDebt(0)))
                .noneMatch(c -> c.startsWith("RESERVE_"));
    }

    @Test
    void withoutReservesOrWithoutTheLoanTermsThereIsNoReserveAdvice() {
        assertThat(codes(Borrowers.thousandDollarInstalment())).noneMatch(c -> c.startsWith("RESERVE_"));
        assertThat(codes(Borrowers.nothing().amount(360_000).reserves(1_000))).noneMatch(c -> c.startsWith("RESERVE_"));
    }
}
