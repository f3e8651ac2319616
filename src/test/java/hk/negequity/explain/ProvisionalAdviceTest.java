package hk.negequity.explain;

import static hk.negequity.BundledRuleSet.advise;
import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.advice.AdviceAnswer;
import hk.negequity.advice.AdviceItem;
import hk.negequity.advice.Views.NeedView;
import hk.negequity.model.Employment;
import hk.negequity.model.Scheme;
import hk.negequity.model.Use;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Advice given on what stands in for a fact not given (no other debts, a standard loan, the balance as the amount
 * drawn or as scheduled after the instalments paid) is provisional: what to ask next names that fact, with the advice it may change or withdraw under
 * {@code mayChange}, so that a chatbot never takes back a warning it could not have told the borrower was waiting.
 */
class ProvisionalAdviceTest {

    private static List<String> codes(AdviceAnswer answer) {
        return answer.advice().stream().map(AdviceItem::code).toList();
    }

    private static List<String> orNone(List<String> codes) {
        return codes == null ? List.of() : codes;
    }

    private static NeedView need(AdviceAnswer answer, String fact) {
        return answer.needs().stream().filter(n -> n.fact().equals(fact)).findFirst().orElseThrow(
                () -> new AssertionError(fact + " is not asked for: " + answer.needs()));
    }

    @Test
    void givenNeitherTheBalanceNorThePaymentsMadeNegativeEquityOnTheAmountDrawnNamesBoth() {
        // A flat worth HK$5.3M today and a loan of HK$5.4M drawn: owed in full only if no instalment has been paid.
        Borrowers owner = Borrowers.nothing().currentValue(5_300_000).amount(5_400_000).rate(3.25).tenor(360)
                .arrears(0).bankrupt(false);

        AdviceAnswer answer = advise(owner);

        assertThat(codes(answer)).contains("NEGATIVE_EQUITY");
        assertThat(orNone(need(answer, "loan.paymentsMade").mayChange())).contains("NEGATIVE_EQUITY");
        assertThat(orNone(need(answer, "loan.outstanding").mayChange())).contains("NEGATIVE_EQUITY");
        // And so it proves: five years of instalments paid, the balance is under the value.
        assertThat(codes(advise(owner.paymentsMade(60)))).doesNotContain("NEGATIVE_EQUITY");
    }

    @Test
    void givenThePaymentsMadeButNotTheBalanceEquityOnTheScheduledBalanceNamesTheBalance() {
        // HK$5.4M at 3.25% over 30 years, five years paid: about HK$4.83M owed on the schedule, under the HK$4.9M the
        // flat is worth today. A part repayment missed, a re-pricing, or instalments overdue would owe more.
        Borrowers owner = Borrowers.nothing().currentValue(4_900_000).amount(5_400_000).rate(3.25).tenor(360)
                .paymentsMade(60).arrears(0).bankrupt(false);

        AdviceAnswer answer = advise(owner);

        assertThat(codes(answer)).doesNotContain("NEGATIVE_EQUITY");
        assertThat(orNone(need(answer, "loan.outstanding").mayChange())).contains("NEGATIVE_EQUITY",
                "NEAR_NEGATIVE_EQUITY");
        // And so it proves: a balance of HK$5M owed is negative equity.
        assertThat(codes(advise(owner.outstanding(5_000_000)))).contains("NEGATIVE_EQUITY");
    }

    @Test
    void givenNoSchemeThePolicyCapOfAStandardLoanNamesTheScheme() {
        Borrowers buyer = Borrowers.nothing().price(6_000_000).valuation(6_000_000).use(Use.SELF_USE)
                .amount(5_400_000).firstTimeBuyer(true).salaried(true);

        AdviceAnswer answer = advise(buyer);

        assertThat(codes(answer)).contains("LTV_ABOVE_POLICY_CAP");
        assertThat(orNone(need(answer, "loan.scheme").mayChange())).contains("LTV_ABOVE_POLICY_CAP");
        assertThat(codes(advise(buyer.scheme(Scheme.MORTGAGE_INSURANCE)))).doesNotContain("LTV_ABOVE_POLICY_CAP");
    }

    /** Everything a buyer can say but the other debts: HK$4.2M at 3.25% (HK$18,278.86 a month) on HK$40,000. */
    private static Borrowers allButOtherDebts() {
        return Borrowers.nothing().price(6_000_000).valuation(6_000_000).currentValue(6_000_000).use(Use.SELF_USE)
                .completed(true).agreementDate(LocalDate.of(2026, 11, 20)).stagePayment(false).amount(4_200_000)
                .outstanding(4_200_000).rate(3.25).tenor(360).paymentsMade(0).scheme(Scheme.STANDARD).arrears(0)
                .income(40_000).reserves(120_000).employment(Employment.EMPLOYED).bankrupt(false)
                .firstTimeBuyer(true).salaried(true).priceChangePct(-10);
    }

    @Test
    void givenEverythingButTheOtherDebtsTheyAreAskedForWithTheAdviceTheyMayChange() {
        AdviceAnswer answer = advise(allButOtherDebts());

        assertThat(codes(answer)).contains("RESERVE_ADEQUATE").doesNotContain("DSR_ABOVE_CAP");
        assertThat(answer.needs()).extracting(NeedView::fact).containsExactly("borrower.otherMonthlyDebt");
        NeedView otherDebts = answer.needs().get(0);
        assertThat(otherDebts.unlocks()).isEmpty();
        // The advice given on no other debts, and advice they could bring (every rule that reads them).
        assertThat(orNone(otherDebts.mayChange())).contains("DSR_ABOVE_CAP", "RATE_RISE_SENSITIVITY",
                "RESERVE_ADEQUATE", "RESERVE_BELOW_SIX_MONTHS");
        // HK$6,000 more a month: the reserves no longer cover six months, and the ratio is above the cap.
        assertThat(codes(advise(allButOtherDebts().otherDebt(6_000))))
                .contains("RESERVE_BELOW_SIX_MONTHS", "DSR_ABOVE_CAP").doesNotContain("RESERVE_ADEQUATE");
    }

    @Test
    void givenEveryFactNothingIsAsked() {
        assertThat(advise(allButOtherDebts().otherDebt(0)).needs()).isEmpty();
    }

    @Test
    void aFactListedOnlyForWhatItMayChangeIsAskedForAfterEveryFactThatDecides() {
        Borrowers buyer = Borrowers.nothing().price(6_000_000).valuation(6_000_000).amount(4_200_000).rate(3.25)
                .tenor(360).income(40_000);

        List<NeedView> needs = advise(buyer).needs();

        NeedView otherDebts = need(advise(buyer), "borrower.otherMonthlyDebt");
        assertThat(otherDebts.unlocks()).isEmpty();
        assertThat(orNone(otherDebts.mayChange())).contains("RATE_RISE_SENSITIVITY");
        int firstProvisionalOnly = needs.indexOf(needs.stream()
                .filter(n -> n.unlocks().isEmpty() && orNone(n.changesWording()).isEmpty()).findFirst().orElseThrow());
        assertThat(needs.subList(firstProvisionalOnly, needs.size())).allSatisfy(n -> {
            assertThat(n.unlocks()).isEmpty();
            assertThat(orNone(n.changesWording())).isEmpty();
            assertThat(orNone(n.mayChange())).isNotEmpty();
        });
        assertThat(needs.subList(0, firstProvisionalOnly)).isNotEmpty();
    }

    @Test
    void givenNoUseTheMoreGenerousCapNamesTheUseForTheLowerCapItMayBring() {
        // 66.7% of a HK$6M flat agreed under the 2024-02-28 limits: within self-use's 70%, above non-self-use's 60%.
        Borrowers buyer = Borrowers.nothing().price(6_000_000).valuation(6_000_000).completed(true)
                .agreementDate(LocalDate.of(2024, 3, 1)).amount(4_000_000).scheme(Scheme.STANDARD);

        AdviceAnswer answer = advise(buyer);

        assertThat(codes(answer)).doesNotContain("LTV_ABOVE_POLICY_CAP");
        NeedView use = need(answer, "property.use");
        List<String> named = new java.util.ArrayList<>(use.unlocks());
        named.addAll(orNone(use.changesWording()));
        named.addAll(orNone(use.mayChange()));
        assertThat(named).contains("LTV_ABOVE_POLICY_CAP");
        assertThat(codes(advise(buyer.use(Use.NON_SELF_USE)))).contains("LTV_ABOVE_POLICY_CAP");
    }
}
