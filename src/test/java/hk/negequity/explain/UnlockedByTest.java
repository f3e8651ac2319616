package hk.negequity.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which facts could give a code, from what each of its undecided rules waits for. */
class UnlockedByTest {

    @Test
    void aWordingThatWaitsForMoreThanThePlainOneAddsNothing() {
        // The plain reserve rule waits for the reserves; its wording for a loan being repaid, for the payments too.
        assertThat(Explainer.unlockedBy(List.of(Set.of("reserves"), Set.of("reserves", "paymentsMade"))))
                .containsExactly("reserves");
    }

    @Test
    void rulesThatWaitForDifferentFactsEachCount() {
        // A call-loan risk from arrears, or from bankruptcy: either fact alone could give it.
        assertThat(Explainer.unlockedBy(List.of(Set.of("monthsInArrears"), Set.of("bankrupt"))))
                .containsExactly("bankrupt", "monthsInArrears");
    }

    @Test
    void rulesThatWaitForOverlappingFactsEachCount() {
        assertThat(Explainer.unlockedBy(List.of(Set.of("a", "b"), Set.of("b", "c")))).containsExactly("a", "b", "c");
        assertThat(Explainer.unlockedBy(List.of(Set.of("a", "b"), Set.of("a", "b")))).containsExactly("a", "b");
    }

    @Test
    void onlyTheRulesThatWaitForTheLeastCountWhereTheyNestDeeper() {
        assertThat(Explainer.unlockedBy(List.of(Set.of("a", "b", "c"), Set.of("a", "b"), Set.of("a"), Set.of("d"))))
                .containsExactly("a", "d");
    }
}
