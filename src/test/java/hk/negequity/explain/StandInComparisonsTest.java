package hk.negequity.explain;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.figures.StandIns;
import hk.negequity.figures.StandIns.Way;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A comparison that fails on a stand-in waits only for the facts that could move it the way it needs. */
class StandInComparisonsTest {

    private static Value standingIn(double value, Way way) {
        return Value.standingIn(value, new StandIns.StandIn(Map.of("fact", way)));
    }

    @ParameterizedTest(name = "{0} {1} {2}, the stand-in on the {3} able to go {4}: waits {5}")
    @CsvSource({
            // On the left: the comparison needs the stand-in to move its own way.
            "75,  >,  80,  left,  UP,     true",
            "75,  >,  80,  left,  DOWN,   false",
            "75,  >=, 80,  left,  EITHER, true",
            "105, <,  100, left,  UP,     false",
            "105, <=, 100, left,  DOWN,   true",
            "75,  ==, 80,  left,  UP,     true",
            "85,  ==, 80,  left,  UP,     false",
            "85,  ==, 80,  left,  DOWN,   true",
            "80,  !=, 80,  left,  UP,     true",
            // On the right it moves the difference the other way: amount 4M > a cap of 4.2M needs the cap to fall.
            "4,   >,  4.2, right, DOWN,   true",
            "4,   >,  4.2, right, UP,     false",
            "5,   <,  4.2, right, UP,     true",
            "5,   <,  4.2, right, DOWN,   false",
    })
    void aFailedComparisonWaitsOnlyForAFactThatCouldMakeItHold(double left, String op, double right, String side,
                                                                Way way, boolean waits) {
        Value l = side.equals("left") ? standingIn(left, way) : Value.of(left);
        Value r = side.equals("right") ? standingIn(right, way) : Value.of(right);

        assertThat(StandInComparisons.factsThatCouldMakeItHold(op, l, r)).isEqualTo(
                waits ? java.util.Set.of("fact") : java.util.Set.of());
    }

    @ParameterizedTest(name = "{0} null")
    @CsvSource({"==", "!="})
    void noFactGivenMakesAWorkedOutFigureNull(String op) {
        assertThat(StandInComparisons.factsThatCouldMakeItHold(op, standingIn(6_000_000, Way.EITHER), Value.NULL))
                .isEmpty();
    }
}
