package hk.negequity.explain;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.BundledRuleSet;
import hk.negequity.RandomBorrowers;
import hk.negequity.engine.Evaluation;
import hk.negequity.engine.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The explainer replays the rules' conditions itself; on a thousand random requests it must agree with
 * Drools: every advice rule that fired holds in its replay, and none that did not fire does.
 */
class ExplainerAgreesWithDroolsTest {

    @Test
    void theReplayAgreesWithTheEngineOnAThousandRandomRequests() {
        RuleSet ruleSet = BundledRuleSet.get();
        RuleModels models = modelsOf(ruleSet);
        RandomBorrowers random = new RandomBorrowers(20261128L);
        int firedChecked = 0;
        for (int i = 0; i < 1_000; i++) {
            var borrower = random.next();
            Evaluation evaluation = BundledRuleSet.evaluatePreApproval(borrower);
            EvaluationFacts endState = factsUpTo(ruleSet, evaluation, evaluation.inserted().size());
            RuleEvaluator atTheEnd = new RuleEvaluator(models, endState);
            // What-to-ask-next replays without showing values; it must decide exactly as the full replay.
            RuleEvaluator bareAtTheEnd = new RuleEvaluator(models, endState, false);
            for (RuleModel rule : models.all()) {
                boolean fired = evaluation.firedRules().contains(rule.name());
                // A rule that fired is replayed on what it saw when it fired; one that did not, on the end state.
                Truth truth = fired
                        ? new RuleEvaluator(models, factsUpTo(ruleSet, evaluation, evaluation.firedAt().get(rule.name())))
                                .evaluate(rule).truth()
                        : atTheEnd.evaluate(rule).truth();
                if (!fired) {
                    RuleTrace full = atTheEnd.evaluate(rule);
                    RuleTrace bare = bareAtTheEnd.evaluate(rule);
                    assertThat(bare.truth()).as("case %d: rule \"%s\" without values", i, rule.name())
                            .isEqualTo(full.truth());
                    assertThat(bare.missing()).as("case %d: rule \"%s\" waits for", i, rule.name())
                            .containsExactlyElementsOf(full.missing());
                }
                assertThat(truth == Truth.TRUE).as("case %d %s: rule \"%s\" fired %s but replays %s", i,
                        borrower.request(), rule.name(), fired, truth).isEqualTo(fired);
                firedChecked += fired ? 1 : 0;
            }
        }
        assertThat(firedChecked).isGreaterThan(5_000);
    }

    static EvaluationFacts factsUpTo(RuleSet ruleSet, Evaluation evaluation, int count) {
        List<Object> facts = new ArrayList<>(evaluation.inputFacts());
        facts.addAll(evaluation.inserted().subList(0, count));
        return new EvaluationFacts(evaluation.request(), facts, Map.of(RuleSet.POLICY_GLOBAL, ruleSet.policy()));
    }

    static RuleModels modelsOf(RuleSet ruleSet) {
        return ruleSet.explainer().models();
    }
}
