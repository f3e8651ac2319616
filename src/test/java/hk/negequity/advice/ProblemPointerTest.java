package hk.negequity.advice;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.request.Violation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A problem locates a bad field by a JSON pointer in its URI fragment form, which a client can resolve. */
class ProblemPointerTest {

    @ParameterizedTest(name = "{0} is at {1}")
    @CsvSource(delimiter = '|', value = {
            "loan.amount        | #/loan/amount",
            "[3].loan.amount    | #/3/loan/amount",
            "loan[\"a b\"]      | #/loan/a%20b",
            "loan[\"a%41\"]     | #/loan/a%2541",
            "loan[\"q\\\"[1]\"] | #/loan/q%22%5B1%5D",
            "loan[\"x/y~z\"]    | #/loan/x~1y~0z",
            "loan[\"價\"]       | #/loan/%E5%83%B9",
    })
    void thePointerIsPercentEncodedWhereAFragmentNeedsIt(String path, String pointer) {
        Problem problem = Problem.invalidRequest(List.of(new Violation(path, "not a known field")), "/v1/advice");

        assertThat(problem.errors().get(0).pointer()).isEqualTo(pointer);
    }
}
