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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rule file cut short (half saved, say) is one problem, in that file, at its end: given a copy of the project's
 * rules with ltv.drl cut after so many bytes, when it is loaded, then no other file is blamed (the parser, failing
 * on the cut, said the same of every file after it, with a Java exception in its words), and no parser's or Java's
 * words reach the analyst.
 */
class CutShortFileTest {

    @TempDir
    Path rules;

    @ParameterizedTest(name = "cut {1} bytes into rule {0}")
    @CsvSource({"1, 5", "1, 200", "2, 30", "2, 300", "3, 10", "3, 150", "4, 100", "5, 120"})
    void aFileCutShortIsOneProblemInThatFile(int rule, int into) throws IOException {
        RuleCopies.copy(Path.of("rules"), rules);
        byte[] whole = Files.readAllBytes(rules.resolve("ltv.drl"));
        String text = new String(whole, java.nio.charset.StandardCharsets.ISO_8859_1); // a char a byte
        int start = -1;
        for (int i = 0; i < rule; i++) {
            start = text.indexOf("\nrule ", start + 1);
        }
        int bytes = start + into;
        Files.write(rules.resolve("ltv.drl"), Arrays.copyOf(whole, bytes));
        // Each cut falls inside a rule or its header (a cut between rules leaves a shorter file that loads).
        assertThat(text.indexOf("\nend", start)).as("the cut is inside a rule").isGreaterThan(bytes);

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
