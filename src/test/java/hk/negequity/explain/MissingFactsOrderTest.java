package hk.negequity.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facts a condition waits for are listed in the order the rule names them, the same on every run of the
 * service (an unordered immutable set iterates in an order that changes with each start of the JVM).
 */
class MissingFactsOrderTest {

    private static final List<String> NAMED = List.of("property.valuation", "loan.amount", "property.price",
            "borrower.monthlyIncome", "loan.tenorMonths", "loan.annualRatePct", "borrower.liquidReserves");

    @Test
    void aValueWaitingForSeveralFactsListsThemInTheOrderTheyWereNamed() {
        Value value = Value.missing(new LinkedHashSet<>(NAMED));

        assertThat(value.missing()).containsExactlyElementsOf(NAMED);
        assertThat(value.isUnknown()).isTrue();
    }

    @Test
    void aValueWaitingForOneFactNamesIt() {
        assertThat(Value.missing(new LinkedHashSet<>(List.of("loan.amount"))).missing()).containsExactly("loan.amount");
    }

    @Test
    void aValueWaitingForNothingIsNotUnknown() {
        assertThat(Value.missing(new LinkedHashSet<>()).isUnknown()).isFalse();
    }
}
