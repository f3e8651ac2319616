package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import hk.negequity.RuleCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A policy row that cannot be read is one problem, at its own line. Given a copy of the project's rules with one
 * bad row in a table other tables refer to, when it is loaded, then only that row is reported: not every band
 * naming its id, which is no mistake of theirs.
 */
class PolicyRowMistakesTest {

    @TempDir
    Path rules;

    @BeforeEach
    void copyTheProjectsRules() throws IOException {
        RuleCopies.copy(Path.of("rules"), rules);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a regime with an impossible date | policy/regimes.csv      | 2024-02-28,2024-02-28,50,40, | 2024-02-28,2024-02-30,50,40, | not a date",
            "a regime with a cell too few     | policy/regimes.csv      | 2024-02-28,2024-02-28,50,40, | 2024-02-28,2024-02-28,50,    | cells, the header has",
            "a regime with a word for a cap   | policy/regimes.csv      | 2024-02-28,2024-02-28,50,40, | 2024-02-28,2024-02-28,fifty,40, | not a number",
            "a MIP version with a bad date    | policy/mip-versions.csv | 2023-07-07,2023-07-07,2023-09-22, | 2023-07-07,2023-07-07,2023-09-31, | not a date",
            "a regime with a quote left open  | policy/regimes.csv      | 2024-02-28,2024-02-28,50,40,false,,,,\"Official | 2024-02-28,2024-02-28,50,40,false,,,,\"Off\"icial | unbalanced quotes"})
    void theBadRowIsTheOnlyProblem(String what, String file, String row, String bad, String message)
            throws IOException {
        Path table = rules.resolve(file);
        String text = Files.readString(table);
        assertThat(text).contains(row);
        Files.writeString(table, text.replace(row, bad));
        List<String> lines = Files.readAllLines(table);
        int line = lines.indexOf(lines.stream().filter(l -> l.startsWith(bad)).findFirst().orElseThrow()) + 1;

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo(file + ":" + line);
            assertThat(problem.message()).contains(message);
        });
    }

    private List<RuleProblem> problems() {
        Throwable thrown = catchThrowable(() -> new RuleSetLoader(Clock.systemUTC()).load(rules));
        assertThat(thrown).as("the broken rules must not load").isInstanceOf(RuleSetException.class);
        return ((RuleSetException) thrown).problems();
    }
}
