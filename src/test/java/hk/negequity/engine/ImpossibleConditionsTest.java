package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.RuleCopies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A threshold mistyped so that a rule's own conditions contradict each other compiles, and would silently lose the
 * advice: it is reported at its line before the rules load. Bounds that some value meets are not.
 */
class ImpossibleConditionsTest {

    private static final String WARN_ABOVE_80 = "Figures( ltvPct > 80, ltvPct < 90, $ltv : ltvPct, $base : lendingBase )";

    @TempDir
    Path rules;

    @BeforeEach
    void copyTheProjectsRules() throws IOException {
        RuleCopies.copy(Path.of("rules"), rules);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ltvPct > 80, ltvPct < 9           | ltvPct > 80 and ltvPct < 9",
            "ltvPct > 80 && ltvPct < 9         | ltvPct > 80 and ltvPct < 9",
            "ltvPct > 80, ltvPct <= 80         | ltvPct > 80 and ltvPct <= 80",
            "ltvPct >= 90, 90 > ltvPct         | ltvPct >= 90 and 90 > ltvPct",
            "ltvPct > 80, ltvPct == 80         | ltvPct > 80 and ltvPct == 80",
            "ltvPct > 80, ltvPct < 90, ltvPct < -5 | ltvPct > 80 and ltvPct < -5"})
    void boundsNoValueMeetsAreReportedAtTheirLine(String written, String says) throws IOException {
        int line = replace(WARN_ABOVE_80, "Figures( " + written + ", $ltv : ltvPct, $base : lendingBase )");

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo("ltv.drl:" + line);
            assertThat(problem.message()).isEqualTo("rule \"Warn: loan above the safe 80% of the lending base\": " + says
                    + " cannot both hold, so this rule can never fire");
        });
    }

    @Test
    void aContradictionUnderANotIsReportedAsAlwaysHolding() throws IOException {
        int line = replace(WARN_ABOVE_80, WARN_ABOVE_80 + "\n    not Loan( amount > 10, amount < 5 )") + 1;

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).endsWith("amount > 10 and amount < 5 cannot both hold, so this 'not' always holds");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"ltvPct >= 90, ltvPct <= 90", "ltvPct > 80 || ltvPct < 9",
            "ltvPct > 80, lendingBase < 9", "ltvPct != 80, ltvPct == 80.5"})
    void boundsSomeValueMeetsLoad(String written) throws IOException, RuleSetException {
        replace(WARN_ABOVE_80, "Figures( " + written + ", $ltv : ltvPct, $base : lendingBase )");

        assertThat(new RuleSetLoader(Clock.systemUTC()).load(rules).ruleCount()).isGreaterThan(100);
    }

    private int replace(String from, String to) throws IOException {
        Path path = rules.resolve("ltv.drl");
        String text = Files.readString(path, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        assertThat(at).as("%s in ltv.drl", from).isNotNegative();
        Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()));
        return (int) text.substring(0, at).lines().count();
    }

    private List<RuleProblem> problems() {
        return LoadProblems.of(rules);
    }
}
