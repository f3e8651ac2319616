package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reload that changes no DRL, or goes back to the DRL served before, reuses its compiled rule base. */
class CompiledRuleBasesTest {

    private final RuleSetLoader loader = new RuleSetLoader(Clock.systemUTC(), PrecompiledRules.none());

    private static RuleFiles withMessage(RuleFiles files, String title) {
        Map<String, byte[]> contents = new HashMap<>();
        for (String name : files.namesEndingWith("")) {
            String text = files.text(name);
            if (name.equals("messages/en.properties")) {
                text = text.replaceAll("(?m)^LTV_ABOVE_SAFE_LEVEL\\.title = .*$", "LTV_ABOVE_SAFE_LEVEL.title = " + title);
            }
            contents.put(name, text.getBytes(StandardCharsets.UTF_8));
        }
        return RuleFiles.of(contents);
    }

    private static RuleFiles withDrlComment(RuleFiles files, String comment) {
        Map<String, byte[]> contents = new HashMap<>();
        for (String name : files.namesEndingWith("")) {
            String text = files.text(name) + (name.equals("ltv.drl") ? "\n// " + comment + "\n" : "");
            contents.put(name, text.getBytes(StandardCharsets.UTF_8));
        }
        return RuleFiles.of(contents);
    }

    @Test
    void anotherCatalogueWithTheSameRulesReusesTheRuleBaseAndSaysTheNewWords() throws Exception {
        RuleFiles original = RuleFiles.read(Path.of("rules"));
        RuleFiles retitled = withMessage(original, "Borrowing past 80%");

        RuleSet first = loader.load(original);
        RuleSet second = loader.load(retitled);

        assertThat(retitled.rulesVersion()).isEqualTo(original.rulesVersion());
        assertThat(second.version()).isNotEqualTo(first.version());
        assertThat(second.kieBase()).isSameAs(first.kieBase());
        assertThat(new RuleEngine().evaluate(second, Borrowers.buyer(5_100_000).request()).codes())
                .contains("LTV_ABOVE_SAFE_LEVEL");
        assertThat(second.catalogue("en").orElseThrow().entry("LTV_ABOVE_SAFE_LEVEL", null, "title").orElseThrow()
                .text()).isEqualTo("Borrowing past 80%");
    }

    @Test
    void goingBackToTheRulesServedBeforeTakesNoCompileButOtherRulesDo() throws Exception {
        RuleFiles a = RuleFiles.read(Path.of("rules"));
        RuleFiles b = withDrlComment(a, "b");
        RuleFiles c = withDrlComment(a, "c");

        RuleSet firstA = loader.load(a);
        RuleSet firstB = loader.load(b);
        RuleSet againA = loader.load(a);
        RuleSet firstC = loader.load(c);
        RuleSet againB = loader.load(b);

        assertThat(firstB.kieBase()).isNotSameAs(firstA.kieBase());
        assertThat(againA.kieBase()).as("the one before").isSameAs(firstA.kieBase());
        assertThat(firstC.kieBase()).isNotSameAs(firstA.kieBase()).isNotSameAs(firstB.kieBase());
        assertThat(againB.kieBase()).as("no longer among the last " + CompiledRuleBases.KEPT)
                .isNotSameAs(firstB.kieBase());
    }
}
