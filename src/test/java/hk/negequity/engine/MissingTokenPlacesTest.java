package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.RuleCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A missing token is reported at the line to mend, not where the parser next read something, and other mistakes
 * stay where they are: the real compiler on the minimal fixture, its rule file broken one way or two at a time.
 */
class MissingTokenPlacesTest {

    private static final Path MINIMAL = RuleSetLoaderTest.FIXTURES.resolve("minimal");

    /** Two rules: lines 9 and 10 are patterns, 18–19 one pattern on two lines; 13 and 22 are the rules' ends. */
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
                Figures( ltvPct > 80,
                         $ltv : ltvPct )
            then
                insert(Advice.of(kcontext, "ltvPct", $ltv));
            end
            """;

    @ParameterizedTest(name = "{0}: line {2}")
    @CsvSource(delimiter = '|', value = {
            "a ')' missing before the next pattern | 9=Figures( ltvPct > 80, $ltv : ltvPct    | 9  | leaves a bracket open",
            "a ')' missing before then             | 10=Figures( ltvPct < 90                  | 10 | leaves a bracket open",
            "a ')' missing on a pattern's 2nd line | 19=$ltv : ltvPct                         | 19 | leaves a bracket open",
            "a ',' missing on a pattern's 1st line | 18=Figures( ltvPct > 80                  | 18 | is a ')' or a ',' missing",
            "a misspelt end in the last rule       | 22=ned                                   | 22 | the file ends before the rule's 'end'",
            "a misspelt end in the first rule      | 13=ned                                   | 13 | has no 'end' before the next rule, on line 15",
            "an unclosed annotation                | 7=@code(TEST_HIGH_LTV) @source(\"x\"     | 7  | never closed",
            "an end with a comment, a ')' missing  | 13=end /* the first */; 19=$ltv : ltvPct | 19 | leaves a bracket open",
            "a rule in a comment, a ')' missing    | 14=// rule \"old\"; 19=$ltv : ltvPct     | 19 | leaves a bracket open",
            "a '(' in a string, a ')' missing      | 7=@code(X) @source(\"(\"); 19=$ltv : ltvPct | 19 | leaves a bracket open",
            "a word after the last end             | 23=oops                                  | 23 | follows the last rule",
            "a note after the last end, with a #    | 25=# note                                | 25 | follows the last rule",
            "a string after the last end           | 23=\"stray text\"                        | 23 | stray text",
            "a rule begun after the last end       | 24=rule                                  | 24 | the file ends before the rule",
    })
    void theProblemIsAtTheLineToMend(String broken, String edits, int reported, String says, @TempDir Path dir)
            throws IOException {
        assertThat(problems(dir, edits)).as(broken).first().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("ltv.drl");
            assertThat(problem.line()).isEqualTo(reported);
            assertThat(problem.message()).contains(says);
        });
    }

    @ParameterizedTest(name = "a quote left open on line {0} is one problem, at that line")
    @ValueSource(ints = {7, 16})
    void aQuoteLeftOpenIsOneProblemNotOneAtEveryQuoteAfterIt(int line, @TempDir Path dir) throws IOException {
        String edit = line == 7 ? "7=@code(TEST_HIGH_LTV) @category(LTV) @severity(WARNING) @source(\"test fixture)"
                : "16=@code(TEST_HIGH_LTV) @variant(again) @category(LTV) @severity(WARNING) @source(\"test fixture)";

        assertThat(problems(dir, edit)).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains("a quote opened on this line is never closed");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a misspelt keyword                        | 8=whn                                       | 8",
            "a stray word                              | 9=Figures( ltvPct > 80 $ltv : ltvPct )      | 9",
            "a ')' missing in one rule, a typo in the next | 9=Figures( ltvPct > 80, $ltv : ltvPct; 17=whn | 17"})
    void aWrongTokenIsReportedAtItsOwnLine(String broken, String edits, int line, @TempDir Path dir)
            throws IOException {
        assertThat(problems(dir, edits)).as(broken).extracting(RuleProblem::line).contains(line);
    }

    /** The fixture with TWO_RULES as its rule file, edited as "LINE=text; LINE=text" says. */
    private static List<RuleProblem> problems(Path dir, String edits) throws IOException {
        RuleCopies.copy(MINIMAL, dir);
        List<String> lines = new ArrayList<>(TWO_RULES.lines().toList());
        for (String edit : edits.split("; ")) {
            int line = Integer.parseInt(edit.substring(0, edit.indexOf('=')).strip());
            while (lines.size() < line) {
                lines.add(""); // past the end: a line added to the file
            }
            String indent = lines.get(line - 1).replaceAll("\\S.*", "");
            lines.set(line - 1, indent + edit.substring(edit.indexOf('=') + 1).strip());
        }
        Files.writeString(dir.resolve("ltv.drl"), String.join("\n", lines) + "\n");
        try {
            new RuleSetLoader(Clock.systemUTC()).load(dir);
        } catch (RuleSetException e) {
            return e.problems();
        }
        throw new AssertionError("the broken rules loaded");
    }
}
