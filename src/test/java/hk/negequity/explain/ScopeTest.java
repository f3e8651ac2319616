package hk.negequity.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A scope's variables: what an inner scope binds stays its own until taken on, and the newest binding wins. */
class ScopeTest {

    @Test
    void aVariableBoundInAnInnerScopeIsNotSeenOutsideUntilTakenOn() {
        Scope outer = Scope.empty();
        outer.bind("$a", Value.of(1));
        Scope inner = outer.on("fact", "Loan");
        inner.bind("$b", Value.of(2));

        assertThat(inner.bound("$a")).isEqualTo(Value.of(1));
        assertThat(outer.bound("$b")).isNull();

        outer.bindAll(inner);

        assertThat(outer.bound("$a")).isEqualTo(Value.of(1));
        assertThat(outer.bound("$b")).isEqualTo(Value.of(2));
    }

    @Test
    void twoInnerScopesDoNotSeeEachOthersVariables() {
        Scope outer = Scope.empty();
        Scope first = outer.on("one", "Loan");
        Scope second = outer.on("two", "Loan");
        first.bind("$x", Value.of("first"));
        second.bind("$x", Value.of("second"));

        assertThat(first.bound("$x")).isEqualTo(Value.of("first"));
        assertThat(second.bound("$x")).isEqualTo(Value.of("second"));
        assertThat(outer.bound("$x")).isNull();
    }

    @Test
    void takingOnAnInnerScopeKeepsWhatTheOuterBoundSinceAndTheInnerWinsOnAClash() {
        Scope outer = Scope.empty();
        outer.bind("$a", Value.of(1));
        Scope inner = outer.on("fact", "Loan");
        inner.bind("$b", Value.of(2));
        inner.bind("$a", Value.of(3));
        outer.bind("$c", Value.of(4));

        outer.bindAll(inner);

        assertThat(outer.bound("$a")).isEqualTo(Value.of(3));
        assertThat(outer.bound("$b")).isEqualTo(Value.of(2));
        assertThat(outer.bound("$c")).isEqualTo(Value.of(4));
    }

    @Test
    void aRebindingReplacesTheValueRead() {
        Scope scope = Scope.empty();
        scope.bind("$a", Value.of(1));
        scope.bind("$a", Value.of(2));

        assertThat(scope.bound("$a")).isEqualTo(Value.of(2));
    }

    @Test
    void aPatternNotMatchedLeavesItsFactAndEveryFieldItBindsUnknown() {
        Element.Pattern pattern = new Element.Pattern("Loan", "$loan",
                List.of(new Expr.Binding("$amount", new Expr.Name("amount")), new Expr.Name("scheme")), null, null, 1,
                "$loan : Loan( $amount : amount, scheme )");
        Scope scope = Scope.empty();
        Value unknown = Value.missing(Set.of("loan.amount"));

        scope.bindUnknown(pattern, unknown);

        assertThat(scope.bound("$loan")).isEqualTo(unknown);
        assertThat(scope.bound("$amount")).isEqualTo(unknown);
    }

    @Test
    void theFieldsOfTheOneCandidateAreTakenOnButNotTheFactItself() {
        Element.Pattern pattern = new Element.Pattern("Loan", "$loan",
                List.of(new Expr.Binding("$amount", new Expr.Name("amount"))), null, null, 1,
                "$loan : Loan( $amount : amount )");
        Scope outer = Scope.empty();
        Scope candidate = outer.on("the loan", "Loan");
        candidate.bind("$loan", Value.of("the loan"));
        candidate.bind("$amount", Value.of(5_400_000));

        outer.bindFieldsAsIn(pattern, candidate);

        assertThat(outer.bound("$amount")).isEqualTo(Value.of(5_400_000));
        assertThat(outer.bound("$loan")).isNull();
    }
}
