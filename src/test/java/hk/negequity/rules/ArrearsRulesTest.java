package hk.negequity.rules;

import static hk.negequity.BundledRuleSet.advice;
import static hk.negequity.BundledRuleSet.codes;
import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.facts.Advice;
import hk.negequity.facts.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stages from a missed payment to a mortgagee sale: exactly one per arrears count. */
class ArrearsRulesTest {

    @ParameterizedTest(name = "{0} month(s) in arrears: {1}")
    @CsvSource({
            "0,  ''",
            "1,  ARREARS_REMINDER_STAGE",
            "2,  ARREARS_DEMAND_STAGE",
            "3,  ARREARS_DEMAND_STAGE",
            "4,  ARREARS_LEGAL_ACTION_STAGE",
            "12, ARREARS_LEGAL_ACTION_STAGE",
    })
    void eachArrearsCountHasOneStage(int months, String stage) {
        var stages = codes(Borrowers.nothing().arrears(months)).stream().filter(c -> c.startsWith("ARREARS_")).toList();

        if (stage.isEmpty()) {
            assertThat(stages).isEmpty();
        } else {
            assertThat(stages).containsExactly(stage);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"1, WARNING", "2, CRITICAL", "4, CRITICAL"})
    void stagesAreWarningThenCritical(int months, Severity severity) {
        assertThat(codes(Borrowers.nothing().arrears(months))).isNotEmpty();
        Advice stage = advice(Borrowers.nothing().arrears(months),
                months == 1 ? "ARREARS_REMINDER_STAGE" : months < 4 ? "ARREARS_DEMAND_STAGE" : "ARREARS_LEGAL_ACTION_STAGE")
                .orElseThrow();
        assertThat(stage.severity()).isEqualTo(severity);
    }

    @Test
    void theStageCarriesTheAmountInArrearsWhenTheInstalmentIsKnown() {
        Advice stage = advice(Borrowers.thousandDollarInstalment().arrears(3), "ARREARS_DEMAND_STAGE").orElseThrow();

        assertThat(stage.figures()).containsEntry("monthsInArrears", 3).containsEntry("amountInArrears", 3_000.0);
    }
}
