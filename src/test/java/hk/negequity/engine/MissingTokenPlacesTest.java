package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A missing token is reported at the line to mend, not where the parser next read something: the real compiler
 * on the minimal fixture, with its rule file broken one way at a time.
 */
class MissingTokenPlacesTest {

    private static final Path MINIMAL = RuleSetLoaderTest.FIXTURES.resolve("minimal");

    /** Two rules; lines 9, 10 and 16 end a pattern, 13 and 20 are the rules' ends. */
    private static final String TWO_RULES = """
            package test.rules

            import hk.negequity.facts.Advice
            import hk.negequity.figures.Figures

            rule "Warn: loan above 80%"
                @code(TEST_HIGH_LTV) @category(LTV) @severity(WARNING) @source("test fixture")
            when
                Figures( ltvPct > 80, $ltv : ltvPct )
                Figures( ltvPct < 90 )
            then
                insert(Advice.of(kcontext, "ltvPct", $ltv));
            end

            rule "Warn: loan above 80%, again"
                @code(TEST_HIGH_LTV) @variant(again) @category(LTV) @severity(WARNING) @source("test fixture")
            when
                Figures( ltvPct > 80, $ltv : ltvPct )
            then
                insert(Advice.of(kcontext, "ltvPct", $ltv));
            end
            """;

    @ParameterizedTest(name = "{0}: line {3}")
    @CsvSource(delimiter = '|', value = {
            "a ')' missing before the next pattern | 9  | Figures( ltvPct > 80, $ltv : ltvPct   | 9  | bracket opened on this line",
            "a ')' missing before then            | 10 | Figures( ltvPct < 90                  | 10 | bracket opened on this line",
            "a ')' missing in the last rule       | 18 | Figures( ltvPct > 80, $ltv : ltvPct   | 18 | bracket opened on this line",
            "a misspelt end in the last rule      | 21 | ned                                   | 21 | the file ends before the rule's 'end'",
            "a misspelt end in the first rule     | 13 | ned                                   | 13 | has no 'end' before the next rule, on line 15",
            "an unclosed annotation               | 7  | @code(TEST_HIGH_LTV) @source(\"x\"    | 7  | never closed",
    })
    void theProblemIsAtTheLineToMend(String broken, int lineNumber, String replacement, int reported, String says,
                                      @TempDir Path dir) throws IOException {
        RuleSetLoaderTest.copy(MINIMAL, dir);
        List<String> lines = new java.util.ArrayList<>(TWO_RULES.lines().toList());
        String indent = lines.get(lineNumber - 1).replaceAll("\\S.*", "");
        lines.set(lineNumber - 1, indent + replacement.strip());
        Files.writeString(dir.resolve("ltv.drl"), String.join("\n", lines) + "\n");

        assertThat(problems(dir)).as(broken).first().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("ltv.drl");
            assertThat(problem.line()).isEqualTo(reported);
            assertThat(problem.message()).contains(says);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a misspelt keyword   | 8  | whn",
            "a stray word         | 9  | Figures( ltvPct > 80 $ltv : ltvPct )"})
    void aWrongTokenIsReportedAtItsOwnLine(String broken, int lineNumber, String replacement, @TempDir Path dir)
            throws IOException {
        RuleSetLoaderTest.copy(MINIMAL, dir);
        List<String> lines = new java.util.ArrayList<>(TWO_RULES.lines().toList());
        lines.set(lineNumber - 1, replacement);
        Files.writeString(dir.resolve("ltv.drl"), String.join("\n", lines) + "\n");

        assertThat(problems(dir)).as(broken).first().extracting(RuleProblem::line).isEqualTo(lineNumber);
    }

    private static List<RuleProblem> problems(Path dir) {
        try {
            new RuleSetLoader(Clock.systemUTC()).load(dir);
        } catch (RuleSetException e) {
            return e.problems();
        }
        throw new AssertionError("the broken rules loaded");
    }
}
