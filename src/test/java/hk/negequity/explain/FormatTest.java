package hk.negequity.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values as an explanation shows them. */
class FormatTest {

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({
            "90,        90.0",
            "145490.48, 145490.48",
            "80.00002,  80.00002",
            // Under a hundredth but not nothing: never 0.01 nor 0.0.
            "0.006,     0.006",
            "-0.006,    -0.006",
            "0.0099,    0.0099",
            "0.004,     0.004",
            "0.01,      0.01",
            "0,         0.0",
    })
    void aNumberShowsThePlacesThatSayWhatItIs(double value, String shown) {
        assertThat(Format.show(value)).isEqualTo(shown);
    }
}
