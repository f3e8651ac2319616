package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.RuleCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A constraint that is no condition, a number left standing ({@code ltvPct > 80,0}) or a field without its
 * comparison ({@code ltvPct}), is reported at the line it stands on: the compiler put the first at the rule's first
 * line and gave the second no file or line.
 */
class ConditionNotABooleanPlacesTest {

    private static final String CONDITIONS = "Figures( ltvPct > 80, ltvPct < 90, $ltv : ltvPct, $base : lendingBase )";

    @TempDir
    Path rules;

    @BeforeEach
    void copyTheProjectsRules() throws IOException {
        RuleCopies.copy(Path.of("rules"), rules);
    }

    @Test
    void aNumberLeftStandingIsReportedAtItsLineNotTheRules() throws IOException {
        int line = write("Figures( ltvPct > 80,\n             0, ltvPct < 90, $ltv : ltvPct, $base : lendingBase )") + 1;

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo("ltv.drl:" + line);
            assertThat(problem.message()).contains("Predicate '0' must be a Boolean expression");
        });
    }

    @Test
    void aFieldWithoutItsComparisonIsReportedAtItsLineNamingIt() throws IOException {
        int line = write("Figures( ltvPct > 80,\n             ltvPct,\n             ltvPct < 90, $ltv : ltvPct, "
                + "$base : lendingBase )") + 1;

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo("ltv.drl:" + line);
            assertThat(problem.message()).contains("cannot convert from Double to boolean", "'ltvPct' stands alone");
        });
    }

    /** Puts {@code conditions} in place of the first rule's; the line they start on. */
    private int write(String conditions) throws IOException {
        Path path = rules.resolve("ltv.drl");
        String text = Files.readString(path);
        int at = text.indexOf(CONDITIONS);
        assertThat(at).isNotNegative();
        Files.writeString(path, text.substring(0, at) + conditions + text.substring(at + CONDITIONS.length()));
        return (int) text.substring(0, at).lines().count();
    }

    private List<RuleProblem> problems() {
        return LoadProblems.of(rules);
    }
}
