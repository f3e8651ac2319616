package hk.negequity.advice;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.BundledRuleSet;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSet;
import hk.negequity.messages.CatalogueEntry;
import hk.negequity.messages.MessageCatalogue;
import hk.negequity.model.Scheme;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every code renders in English, Traditional Chinese (Hong Kong) and Simplified Chinese. */
class EveryLanguageTest {

    static final List<String> LANGUAGES = List.of("en", "zh-HK", "zh-CN");

    /** Characters written differently in the two scripts, Traditional first, as they occur in advice. */
    private static final String[][] SCRIPT_PAIRS = {
            {"資", "资"}, {"產", "产"}, {"銀", "银"}, {"樓", "楼"}, {"價", "价"}, {"貸", "贷"}, {"數", "数"},
            {"會", "会"}, {"險", "险"}, {"還", "还"}, {"債", "债"}, {"這", "这"}, {"個", "个"}, {"與", "与"},
            {"準", "准"}, {"時", "时"}, {"為", "为"}, {"計", "计"}, {"劃", "划"}, {"額", "额"}, {"儲", "储"},
            {"備", "备"}, {"們", "们"}, {"萬", "万"}, {"議", "议"}, {"約", "约"}, {"業", "业"}, {"購", "购"},
            {"買", "买"}, {"賣", "卖"}, {"職", "职"}, {"員", "员"}, {"壓", "压"}, {"測", "测"}, {"試", "试"},
            {"應", "应"}, {"過", "过"}, {"後", "后"}, {"現", "现"}, {"蒸", "蒸"}, {"負", "负"}, {"盤", "盘"}};

    private final PreApprovalService service = new PreApprovalService(BundledRuleSet::get, new RuleEngine());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-HK", "zh-CN"})
    void everyCodeAndVariantRendersCompletelyInEachLanguage(String language) {
        Set<String> rendered = new TreeSet<>();
        for (Borrowers borrower : EveryCodeTest.CASES) {
            PreApprovalAnswer answer = service.preApprove(borrower.request(), new Presentation(language, false));
            assertThat(answer.language()).isEqualTo(language);
            for (AdviceItem item : answer.advice()) {
                assertThat(item.title()).as(language + " " + item.rule()).isNotBlank().doesNotContain("{", "}");
                assertThat(item.message()).as(language + " " + item.rule()).isNotBlank()
                        .doesNotContain("{", "}", "—", "null");
                if (item.actions() != null) {
                    assertThat(item.actions()).allSatisfy(a -> assertThat(a).doesNotContain("{", "}", "—", "null"));
                }
                rendered.add(item.rule());
            }
        }
        Set<String> rules = BundledRuleSet.get().adviceRules().stream().map(r -> r.metadata().name())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rendered).containsAll(rules);
    }

    @Test
    void everyCatalogueHasATitleAndMessageForEveryRuleAndTheSameActions() {
        RuleSet ruleSet = BundledRuleSet.get();
        assertThat(ruleSet.catalogues().keySet()).containsExactlyInAnyOrderElementsOf(LANGUAGES);
        MessageCatalogue english = ruleSet.catalogue("en").orElseThrow();
        for (String language : LANGUAGES) {
            MessageCatalogue catalogue = ruleSet.catalogue(language).orElseThrow();
            for (RuleSet.RuleInfo rule : ruleSet.adviceRules()) {
                String code = rule.metadata().code();
                String variant = rule.metadata().variant();
                assertThat(catalogue.entry(code, variant, "title")).as(language + " " + code).isPresent();
                assertThat(catalogue.entry(code, variant, "message")).as(language + " " + code).isPresent();
                assertThat(catalogue.actions(code, variant)).as(language + " " + code)
                        .hasSameSizeAs(english.actions(code, variant));
            }
        }
    }

    @Test
    void traditionalChineseUsesTraditionalCharactersAndSimplifiedChineseSimplified() {
        String traditional = allText("zh-HK");
        String simplified = allText("zh-CN");
        for (String[] pair : SCRIPT_PAIRS) {
            if (!pair[0].equals(pair[1])) {
                assertThat(traditional).as("zh-HK uses " + pair[0] + ", not " + pair[1]).doesNotContain(pair[1]);
                assertThat(simplified).as("zh-CN uses " + pair[1] + ", not " + pair[0]).doesNotContain(pair[0]);
            }
        }
        assertThat(traditional).contains("負資產", "按揭成數", "銀主盤");
        assertThat(simplified).contains("负资产", "按揭成数", "银主盘");
    }

    @Test
    void simplifiedChineseSpeaksAsMainlandReadersDoAndKeepsHongKongsOwnTermsOfArt() {
        String traditional = allText("zh-HK");
        String simplified = allText("zh-CN");

        assertThat(traditional).contains("入息", "首期", "樓花", "供款");
        assertThat(simplified).contains("收入", "首付", "期房", "还款", "房产", "还款收入比")
                .doesNotContain("入息", "首期", "楼花", "供款", "物业", "现时", "受薪");
    }

    @Test
    void hongKongDollarAmountsAreWrittenAsHongKongReadersWriteThem() {
        Borrowers buyer = Borrowers.buyer(5_400_000).scheme(Scheme.MORTGAGE_INSURANCE).firstTimeBuyer(true)
                .salaried(true).reserves(100_000);
        AdviceItem english = ltvAdvice(buyer, "en");
        AdviceItem traditional = ltvAdvice(buyer, "zh-HK");
        AdviceItem simplified = ltvAdvice(buyer, "zh-CN");

        assertThat(english.message()).contains("HK$4,800,000", "HK$600,000", "90%");
        assertThat(traditional.message()).contains("HK$480萬", "HK$60萬", "90%", "負資產");
        assertThat(simplified.message()).contains("HK$480万", "HK$60万", "负资产");
        AdviceItem reserve = new AdviceService(BundledRuleSet::get, new RuleEngine())
                .advise(buyer.request(), new Presentation("zh-HK", false)).advice().stream()
                .filter(a -> a.code().equals("RESERVE_BELOW_SIX_MONTHS")).findFirst().orElseThrow();
        // A sum in 萬 only where that is exact: six instalments and the shortfall are written out to the cent.
        assertThat(reserve.message()).contains("HK$10萬", "HK$24,248.41", "HK$145,490.48", "HK$45,490.48");
    }

    @Test
    void everyFactAQuestionAsksForHasANameInEveryLanguage() {
        RuleSet ruleSet = BundledRuleSet.get();
        for (String language : LANGUAGES) {
            MessageCatalogue catalogue = ruleSet.catalogue(language).orElseThrow();
            List<String> facts = catalogue.entries().stream().map(CatalogueEntry::key).filter(k -> k.startsWith("ask."))
                    .map(k -> k.substring("ask.".length())).toList();
            assertThat(facts).isNotEmpty().allSatisfy(fact ->
                    assertThat(catalogue.factName(fact)).as(language + " " + fact).isNotEqualTo(fact));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh-HK", "zh-CN"})
    void missingFactsAreNamedInTheReadersLanguageAndKeptAsPathsInTheFigures(String language) {
        AdviceItem incomplete = service.preApprove(Borrowers.nothing().request(), new Presentation(language, false))
                .reasons().stream().filter(a -> a.code().equals("PRE_APPROVAL_INCOMPLETE")).findFirst().orElseThrow();

        assertThat(incomplete.message()).doesNotContainPattern("[A-Za-z]").contains(language.equals("zh-HK") ? "貸款額"
                : "贷款额");
        assertThat(incomplete.actions()).allSatisfy(action -> assertThat(action).doesNotContainPattern("[A-Za-z]"));
        assertThat(incomplete.figures().get("missingFacts")).asList().contains("loan.amount", "borrower.monthlyIncome");
    }

    private AdviceItem ltvAdvice(Borrowers buyer, String language) {
        return service.preApprove(buyer.request(), new Presentation(language, false)).advice().stream()
                .filter(a -> a.code().equals("LTV_ABOVE_SAFE_LEVEL")).findFirst().orElseThrow();
    }

    private static String allText(String language) {
        StringBuilder text = new StringBuilder();
        for (CatalogueEntry entry : BundledRuleSet.get().catalogue(language).orElseThrow().entries()) {
            text.append(entry.text()).append('\n');
        }
        return text.toString();
    }
}
