package hk.negequity.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A condition shown in an explanation reads as the rule wrote it: brackets that change its meaning are kept. */
class ExprTextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "paymentsMade > 0 || monthsInArrears > 0 || outstanding > 0 && ( amount == null || outstanding < amount )",
            "( a || b ) && c",
            "a - ( b - c )",
            "( a + b ) * c",
            "a * b + c",
            "a || b && c",
    })
    void aConditionIsWrittenWithTheBracketsItsMeaningNeeds(String condition) {
        Expr parsed = ExprParser.parse(condition);

        assertThat(parsed.text()).isEqualTo(condition);
        assertThat(ExprParser.parse(parsed.text())).isEqualTo(parsed);
    }
}
