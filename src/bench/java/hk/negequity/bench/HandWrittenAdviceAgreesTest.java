package hk.negequity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.BundledRuleSet;
import hk.negequity.engine.RuleEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmarks' hand-written baseline gives the same advice codes as the engine on their three cases. */
class HandWrittenAdviceAgreesTest {

    @ParameterizedTest
    @EnumSource(BenchmarkCases.class)
    void theBaselineAgreesWithTheEngine(BenchmarkCases benchmarkCase) {
        var engine = new RuleEngine().evaluate(BundledRuleSet.get(), benchmarkCase.request(), benchmarkCase.purpose());

        assertThat(HandWrittenAdvice.codes(benchmarkCase.request(),
                benchmarkCase.purpose() == RuleEngine.Purpose.PRE_APPROVAL))
                .containsExactlyInAnyOrderElementsOf(engine.codes());
    }
}
