package hk.negequity.advice;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.BundledRuleSet;
import hk.negequity.engine.RuleEngine;
import hk.negequity.model.Employment;
import hk.negequity.model.Scheme;
import hk.negequity.model.Use;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every advice code of the rule set is reachable, and renders as a complete sentence with figures. */
class EveryCodeTest {

    /** Cases that between them raise every code, as pre-approvals (which also give every advice code). */
    static final List<Borrowers> CASES = List.of(
            Borrowers.buyer(5_400_000).scheme(Scheme.MORTGAGE_INSURANCE).valuation(5_900_000).reserves(10_000)
                    .priceChangePct(-15).firstTimeBuyer(false).salaried(true).income(20_000),
            Borrowers.buyer(5_400_000).scheme(Scheme.MORTGAGE_INSURANCE).firstTimeBuyer(false).salaried(true),
            Borrowers.buyer(5_000_000).reserves(1_000_000).tenor(420),
            Borrowers.buyer(4_000_000).outstanding(3_000_000).currentValue(5_000_000),
            Borrowers.nothing().outstanding(4_800_000).currentValue(5_000_000),
            Borrowers.nothing().outstanding(5_000_000).currentValue(4_900_000).payingOnTime(),
            Borrowers.nothing().outstanding(5_000_000).currentValue(4_900_000).arrears(2),
            Borrowers.nothing().outstanding(5_000_000).currentValue(4_900_000).arrears(0).bankrupt(true),
            Borrowers.nothing().outstanding(5_000_000).currentValue(4_900_000).arrears(2).bankrupt(true),
            Borrowers.nothing().amount(5_400_000).outstanding(5_400_000).currentValue(5_300_000).paymentsMade(0).arrears(0),
            Borrowers.nothing().amount(5_400_000).outstanding(5_400_000).currentValue(5_300_000).paymentsMade(0).arrears(0)
                    .bankrupt(false),
            Borrowers.nothing().outstanding(5_000_000).currentValue(5_000_000),
            Borrowers.buyer(3_000_000).paymentsMade(360).outstanding(0).currentValue(6_000_000),
            Borrowers.buyer(5_000_000).paymentsMade(360),
            Borrowers.buyer(5_400_000).paymentsMade(360),
            Borrowers.buyer(3_000_000).paymentsMade(360).bankrupt(true),
            Borrowers.thousandDollarInstalment().employment(Employment.UNEMPLOYED).arrears(0),
            Borrowers.thousandDollarInstalment().arrears(1),
            Borrowers.thousandDollarInstalment().paymentsMade(12).reserves(1_000),
            Borrowers.thousandDollarInstalment().paymentsMade(12).reserves(1_000).arrears(1),
            Borrowers.thousandDollarInstalment().paymentsMade(12).reserves(1_000).employment(Employment.UNEMPLOYED),
            Borrowers.thousandDollarInstalment().arrears(3),
            Borrowers.thousandDollarInstalment().arrears(6).bankrupt(true),
            Borrowers.nothing().bankrupt(true),
            Borrowers.buyer(4_200_000).agreementDate(LocalDate.of(2023, 8, 1)).income(30_000),
            Borrowers.buyer(4_200_000).agreementDate(LocalDate.of(2023, 8, 1)).income(35_000).use(null),
            Borrowers.buyer(4_200_000).agreementDate(LocalDate.of(2023, 8, 1)).income(35_000).use(null)
                    .paymentsMade(12),
            Borrowers.buyer(4_200_000).agreementDate(LocalDate.of(2022, 8, 1)),
            Borrowers.buyer(4_200_000).scheme(Scheme.MORTGAGE_INSURANCE).use(Use.NON_SELF_USE),
            Borrowers.buyer(4_200_000).scheme(Scheme.MORTGAGE_INSURANCE).price(31_000_000).valuation(31_000_000),
            Borrowers.nothing().price(6_000_000).valuation(5_000_000).use(Use.SELF_USE).completed(false)
                    .stagePayment(true).agreementDate(LocalDate.of(2022, 5, 1)).amount(4_000_000),
            Borrowers.nothing().price(6_000_000).valuation(5_000_000).use(Use.SELF_USE).completed(false)
                    .stagePayment(true).agreementDate(LocalDate.of(2022, 5, 1)).amount(4_500_000),
            Borrowers.buyer(4_000_000).income(0),
            Borrowers.thousandDollarInstalment().scheme(Scheme.MORTGAGE_INSURANCE).arrears(0)
                    .employment(Employment.UNEMPLOYED),
            Borrowers.buyer(4_000_000).scheme(Scheme.MORTGAGE_INSURANCE).completed(false)
                    .agreementDate(LocalDate.of(2019, 1, 1)),
            Borrowers.buyer(4_500_000).use(null).agreementDate(LocalDate.of(2024, 3, 1)).income(10_000),
            Borrowers.buyer(4_000_000).use(null).agreementDate(LocalDate.of(2024, 3, 1)).income(0),
            Borrowers.buyer(6_600_000).scheme(Scheme.STAFF_LOAN),
            Borrowers.buyer(5_100_000).paymentsMade(12),
            Borrowers.buyer(5_400_000).paymentsMade(12),
            Borrowers.buyer(6_600_000).scheme(Scheme.STAFF_LOAN).paymentsMade(12),
            Borrowers.buyer(6_000_000).scheme(Scheme.STAFF_LOAN),
            Borrowers.buyer(6_000_000).scheme(Scheme.STAFF_LOAN).paymentsMade(12),
            Borrowers.buyer(5_400_000).scheme(Scheme.STAFF_LOAN).paymentsMade(12),
            Borrowers.buyer(4_200_000).paymentsMade(12),
            Borrowers.nothing().amount(0).rate(3).tenor(360).otherDebt(0).reserves(100),
            // The policy limits' wordings for a loan already being repaid.
            Borrowers.buyer(5_000_000).agreementDate(LocalDate.of(2025, 1, 10)).paymentsMade(12).income(20_000),
            Borrowers.buyer(4_500_000).use(null).agreementDate(LocalDate.of(2024, 3, 1)).income(10_000).paymentsMade(12),
            Borrowers.buyer(4_000_000).agreementDate(LocalDate.of(2025, 1, 10)).income(0).paymentsMade(12),
            Borrowers.buyer(4_000_000).use(null).agreementDate(LocalDate.of(2024, 3, 1)).income(0).paymentsMade(12),
            Borrowers.buyer(5_400_000).scheme(Scheme.MORTGAGE_INSURANCE).firstTimeBuyer(false).salaried(true)
                    .agreementDate(LocalDate.of(2025, 1, 10)).paymentsMade(12),
            Borrowers.nothing().price(6_000_000).valuation(5_000_000).use(Use.SELF_USE).completed(false)
                    .stagePayment(true).agreementDate(LocalDate.of(2022, 5, 1)).amount(4_500_000).paymentsMade(12),
            // The other wordings for a loan already being repaid.
            Borrowers.buyer(5_400_000).scheme(Scheme.MORTGAGE_INSURANCE).valuation(5_900_000).reserves(10_000)
                    .priceChangePct(-15).firstTimeBuyer(false).salaried(true).income(20_000)
                    .agreementDate(LocalDate.of(2025, 1, 10)).paymentsMade(12),
            Borrowers.buyer(4_000_000).valuation(5_900_000).paymentsMade(12).currentValue(5_500_000),
            Borrowers.buyer(4_200_000).agreementDate(LocalDate.of(2023, 8, 1)).income(30_000).paymentsMade(12),
            Borrowers.buyer(5_000_000).reserves(1_000_000).tenor(420).agreementDate(LocalDate.of(2025, 1, 10))
                    .paymentsMade(12),
            Borrowers.buyer(4_200_000).scheme(Scheme.MORTGAGE_INSURANCE).use(Use.NON_SELF_USE)
                    .agreementDate(LocalDate.of(2025, 1, 10)).paymentsMade(12),
            Borrowers.buyer(4_200_000).scheme(Scheme.MORTGAGE_INSURANCE).price(31_000_000).valuation(31_000_000)
                    .agreementDate(LocalDate.of(2025, 1, 10)).paymentsMade(12),
            Borrowers.buyer(4_200_000).agreementDate(LocalDate.of(2022, 8, 1)).paymentsMade(12),
            Borrowers.buyer(4_000_000).scheme(Scheme.MORTGAGE_INSURANCE).completed(false)
                    .agreementDate(LocalDate.of(2019, 1, 1)).paymentsMade(12),
            Borrowers.thousandDollarInstalment().employment(Employment.UNEMPLOYED).arrears(0).paymentsMade(0));

    private final RuleEngine engine = new RuleEngine();
    private final PreApprovalService preApproval = new PreApprovalService(BundledRuleSet::get, engine);

    private Stream<AdviceItem> everyItem() {
        return CASES.stream().flatMap(c -> preApproval.preApprove(c.request(), Presentation.ENGLISH).advice().stream());
    }

    @Test
    void theCasesRaiseEveryCodeAndVariantOfTheRuleSet() {
        Set<String> raised = everyItem().map(i -> i.code() + "/" + i.rule())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = BundledRuleSet.get().adviceRules().stream()
                .map(r -> r.metadata().code() + "/" + r.metadata().name())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(raised).containsAll(declared);
    }

    @Test
    void everyAdviceItemIsACompleteEnglishSentenceWithTheBorrowersFigures() {
        everyItem().forEach(item -> {
            assertThat(item.title()).as(item.code()).isNotBlank().doesNotContain("{", "}");
            assertThat(item.message()).as(item.rule()).endsWith(".").doesNotContain("{", "}", "—", "null");
            assertThat(item.source()).as(item.code()).isNotBlank();
            assertThat(item.rule()).as(item.code()).isNotBlank();
            assertThat(item.category()).as(item.code()).isNotNull();
            assertThat(item.severity()).as(item.code()).isNotNull();
        });
    }

    @Test
    void amountsInMessagesAreWrittenAsHongKongDollars() {
        AdviceItem price = new AdviceService(BundledRuleSet::get, engine)
                .advise(Borrowers.nothing().price(6_000_000).valuation(5_900_000).request(), Presentation.ENGLISH).advice().get(0);

        assertThat(price.message()).contains("HK$6,000,000", "HK$100,000", "HK$5,900,000", "1.69%");
    }
}
