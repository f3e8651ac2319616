package hk.negequity.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every sample of a scrape gets the label once; comments, and samples that have it, stay as they were. */
class PrometheusLabelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "no labels            | jvm_threads_live_threads 12.0 | jvm_threads_live_threads{v=\"abc\"} 12.0",
            "labels               | a{area=\"heap\",id=\"G1 Eden Space\"} 1.0 | a{area=\"heap\",id=\"G1 Eden Space\",v=\"abc\"} 1.0",
            "empty braces         | a{} 1.0 | a{v=\"abc\"} 1.0",
            "a value with a brace | a{id=\"x} y\"} 1.0 | a{id=\"x} y\",v=\"abc\"} 1.0",
            "an escaped quote     | a{id=\"x\\\"}\"} 1.0 | a{id=\"x\\\"}\",v=\"abc\"} 1.0",
            "the label already    | a{code=\"X\",v=\"old\"} 3.0 | a{code=\"X\",v=\"old\"} 3.0",
            "the label first      | a{v=\"old\"} 3.0 | a{v=\"old\"} 3.0",
            "a longer name        | a{vv=\"old\"} 3.0 | a{vv=\"old\",v=\"abc\"} 3.0",
            "the name in a value  | a{id=\"v=1\"} 3.0 | a{id=\"v=1\",v=\"abc\"} 3.0",
            "a comment            | # TYPE a counter | # TYPE a counter",
            "a trailing comma     | a{id=\"x\",} 1.0 | a{id=\"x\",v=\"abc\"} 1.0"})
    void eachSampleIsLabelledOnce(String what, String line, String labelled) {
        assertThat(PrometheusLabels.withEverywhere(line + "\n", "v", "abc")).isEqualTo(labelled + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"no newline at the end | a 1.0 | a{v=\"abc\"} 1.0", "blank | '' | ''"})
    void theTextAroundTheSamplesIsKept(String what, String text, String labelled) {
        assertThat(PrometheusLabels.withEverywhere(text, "v", "abc")).isEqualTo(labelled);
    }
}
