package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import hk.negequity.RuleCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rule file cut short (half saved, say) is one problem, in that file, at its end: given a copy of the project's
 * rules with ltv.drl cut after so many bytes, when it is loaded, then no other file is blamed (the parser, failing
 * on the cut, said the same of every file after it, with a Java exception in its words), and no parser's or Java's
 * words reach the analyst.
 */
class CutShortFileTest {

    @TempDir
    Path rules;

    @ParameterizedTest(name = "cut after {0} bytes")
    @ValueSource(ints = {600, 900, 1200, 1480, 1500, 1700, 2500, 2900})
    void aFileCutShortIsOneProblemInThatFile(int bytes) throws IOException {
        RuleCopies.copy(Path.of("rules"), rules);
        byte[] whole = Files.readAllBytes(rules.resolve("ltv.drl"));
        Files.write(rules.resolve("ltv.drl"), Arrays.copyOf(whole, bytes));
        // Each cut falls inside a rule or its header (a cut between rules leaves a shorter file that loads).
        String kept = new String(Arrays.copyOf(whole, bytes), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(kept.lastIndexOf("\nrule ")).as("the cut is inside a rule").isGreaterThan(kept.lastIndexOf("\nend"));

        Throwable thrown = catchThrowable(() -> new RuleSetLoader(Clock.systemUTC()).load(rules));
        assertThat(thrown).isInstanceOf(RuleSetException.class);
        List<RuleProblem> problems = ((RuleSetException) thrown).problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("ltv.drl");
            assertThat(problem.line()).isPositive();
            assertThat(problem.message()).containsAnyOf("never closed", "ends before").doesNotContain(
                    "Exception", "[ERR", "Stack trace");
        });
    }
}
