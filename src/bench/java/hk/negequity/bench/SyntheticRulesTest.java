package hk.negequity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hk.negequity.BundledRuleSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;

/** The engine-floor benchmark measures what it says: as many rules as the bundled set, and ten of them firing. */
class SyntheticRulesTest {

    private static final List<Object> STANDARD_70 = BenchmarkCases.STANDARD_70_PRE_APPROVAL.inputFacts();

    @ParameterizedTest
    @EnumSource(value = SyntheticRules.Shape.class, names = {"ONE_PATTERN", "TWO_PATTERNS_AND_NOT"})
    void givenAShapeWithRules_whenTheStandardCaseIsEvaluated_thenTenOfAsManyRulesAsTheBundledSetFire(
            SyntheticRules.Shape shape) {
        int bundledRules = BundledRuleSet.get().ruleCount();
        KieBase kieBase = SyntheticRules.kieBase(shape, bundledRules, EngineFloorBenchmark.FIRING);

        assertThat(kieBase.getKiePackage("synthetic").getRules()).hasSize(bundledRules);
        assertThat(fired(kieBase, STANDARD_70)).hasSize(EngineFloorBenchmark.FIRING);
    }

    @Test
    void givenTheTwoPatternShape_whenTheLoanIsBeingRepaid_thenNoRuleFires() {
        KieBase kieBase = SyntheticRules.kieBase(SyntheticRules.Shape.TWO_PATTERNS_AND_NOT, 20, 5);

        assertThat(fired(kieBase, BenchmarkCases.NEGATIVE_EQUITY_IN_ARREARS.inputFacts())).isEmpty();
    }

    @Test
    void givenNoRules_thenNothingFires() {
        KieBase kieBase = SyntheticRules.kieBase(SyntheticRules.Shape.NO_RULES, 126, 10);

        assertThat(fired(kieBase, STANDARD_70)).isEmpty();
    }

    @Test
    void moreFiringRulesThanRulesAreRefused() {
        assertThatThrownBy(() -> SyntheticRules.drl(SyntheticRules.Shape.ONE_PATTERN, 5, 6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> fired(KieBase kieBase, List<Object> facts) {
        List<String> fired = new ArrayList<>();
        StatelessKieSession session = kieBase.newKieSessionsPool(1).newStatelessKieSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        session.execute(facts);
        return fired;
    }
}
