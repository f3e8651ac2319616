package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hk.negequity.Borrowers;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** A rule set that loops for ever is stopped at the firing limit, with the rules named. */
class FiringLimitTest {

    @Test
    void aLoopingRuleSetStopsAtTheLimitAndTheNextEvaluationStillWorks() throws RuleSetException {
        RuleSet looping = new RuleSetLoader(Clock.systemUTC()).load(RuleSetLoaderTest.FIXTURES.resolve("loop"));
        RuleEngine engine = new RuleEngine(50);

        assertThatThrownBy(() -> engine.evaluate(looping, Borrowers.nothing().request()))
                .isInstanceOf(FiringLimitExceededException.class)
                .hasMessageContaining("limit of 50")
                .satisfies(e -> assertThat(((FiringLimitExceededException) e).lastRules()).contains("Count for ever"));
        assertThatThrownBy(() -> engine.evaluate(looping, Borrowers.nothing().request()))
                .isInstanceOf(FiringLimitExceededException.class);
    }

    @Test
    void theBundledRulesStayFarBelowTheLimit() {
        RuleEngine engine = new RuleEngine(40);

        Borrowers everything = Borrowers.buyer(5_400_000).valuation(5_900_000).outstanding(5_000_000)
                .currentValue(4_900_000).reserves(1_000).arrears(5).bankrupt(true).priceChangePct(-20)
                .scheme(hk.negequity.model.Scheme.STAFF_LOAN);

        assertThat(engine.evaluate(hk.negequity.BundledRuleSet.get(), everything.request()).advice()).isNotEmpty();
    }
}
