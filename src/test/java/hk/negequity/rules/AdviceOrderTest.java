package hk.negequity.rules;

import static hk.negequity.BundledRuleSet.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.facts.Advice;
import hk.negequity.engine.Evaluation;
import hk.negequity.model.Scheme;
import org.junit.jupiter.api.Test;

class AdviceOrderTest {

    private static Borrowers troubledOwner() {
        return Borrowers.buyer(5_400_000).scheme(Scheme.MORTGAGE_INSURANCE).valuation(5_900_000)
                .outstanding(5_000_000).currentValue(4_900_000).reserves(10_000).arrears(2).bankrupt(false)
                .priceChangePct(-10).agreementDate(java.time.LocalDate.of(2024, 11, 1));
    }

    @Test
    void criticalAdviceComesFirstThenWarningsThenInformation() {
        Evaluation evaluation = evaluate(troubledOwner());

        assertThat(evaluation.advice()).isSortedAccordingTo(Advice.PRIORITY);
        assertThat(evaluation.advice().get(0).severity().name()).isEqualTo("CRITICAL");
        // Within a severity, by concern (the call loan and the arrears before how the loan was drawn), then by code.
        assertThat(evaluation.codes()).startsWith("CALL_LOAN_RISK", "ARREARS_DEMAND_STAGE", "LTV_ABOVE_POLICY_CAP",
                "LTV_ABOVE_SAFE_LEVEL");
    }

    @Test
    void theSameRequestAlwaysGetsTheSameAnswerInTheSameOrder() {
        Evaluation first = evaluate(troubledOwner());
        for (int i = 0; i < 20; i++) {
            assertThat(evaluate(troubledOwner()).advice()).containsExactlyElementsOf(first.advice());
        }
    }

    @Test
    void anEmptyRequestGetsNoAdviceAndNoFigures() {
        Evaluation evaluation = evaluate(Borrowers.nothing());

        assertThat(evaluation.advice()).isEmpty();
        assertThat(evaluation.figures()).hasAllNullFieldsOrProperties();
    }
}
