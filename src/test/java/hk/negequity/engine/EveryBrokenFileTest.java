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
 * One check reports every rule file the compiler cannot build, not only the first: an analyst mends them all
 * at once. Given a copy of the project's rules with a mistake in two files, when it is loaded, then both are
 * named with their lines, and no file that is sound is blamed.
 */
class EveryBrokenFileTest {

    @TempDir
    Path rules;

    @BeforeEach
    void copyTheProjectsRules() throws IOException {
        RuleCopies.copy(Path.of("rules"), rules);
    }

    private List<RuleProblem> problems() {
        return LoadProblems.of(rules);
    }

    private void replaceFirst(String file, String from, String to) throws IOException {
        String text = Files.readString(rules.resolve(file));
        assertThat(text).contains(from);
        Files.writeString(rules.resolve(file), text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    /** Where each problem is reported, as {@code file:line}. */
    private List<String> located() {
        return problems().stream().map(p -> p.file() + ":" + p.line()).toList();
    }

    /** The second mistake of most cases: a field that does not exist, in reserve.drl; where it is reported. */
    private String misspellAReserveField() throws IOException {
        replaceFirst("reserve.drl", "Figures( monthlyOutgoings > 0,", "Figures( reserveWeeks > 0, monthlyOutgoings > 0,");
        return "reserve.drl:" + lineOf("reserve.drl", "reserveWeeks");
    }

    private int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(rules.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void anUnknownFieldInEachOfTwoFilesIsReportedInBoth() throws IOException {
        replaceFirst("policy-limits.drl", "Loan( scheme == Scheme.MORTGAGE_INSURANCE )",
                "Loan( schemeName == Scheme.MORTGAGE_INSURANCE )");
        String reserveMistake = misspellAReserveField();
        // The global these files use is declared only in the broken one: legal within one package, and it
        // must not make them look broken while the broken file is set aside.
        replaceFirst("regime.drl", "global PolicyTables policy", "");
        replaceFirst("scheme.drl", "global PolicyTables policy", "");

        assertThat(located()).containsExactlyInAnyOrder(
                "policy-limits.drl:" + lineOf("policy-limits.drl", "schemeName"), reserveMistake);
    }

    @Test
    void aMisspeltGlobalTypeIsReportedOnceAndTheFilesSharingTheGlobalAreNotBlamed() throws IOException {
        replaceFirst("regime.drl", "global PolicyTables policy", "global PolicyTable policy");

        assertThat(located()).containsExactly("regime.drl:" + lineOf("regime.drl", "global PolicyTable policy"));
    }

    @Test
    void anImportOfNoClassIsPlacedAtTheImportBesideAnotherFilesMistake() throws IOException {
        replaceFirst("regime.drl", "import hk.negequity.facts.RegimeDate\n", "import hk.negequity.facts.RegimeDates\n");
        String reserveMistake = misspellAReserveField();

        assertThat(located()).containsExactlyInAnyOrder("regime.drl:" + lineOf("regime.drl", "RegimeDates"), reserveMistake);
    }

    @Test
    void aSalienceThatIsNoWholeNumberDoesNotHideAnotherFilesMistake() throws IOException {
        replaceFirst("debt-service.drl", "    salience 80\n", "    salience 5.5\n");
        String reserveMistake = misspellAReserveField();

        assertThat(located()).containsExactlyInAnyOrder(
                "debt-service.drl:" + lineOf("debt-service.drl", "salience 5.5"), reserveMistake);
    }

    @Test
    void anImportOfNoClassSpacedOrCommentedIsStillPlacedAtTheImport() throws IOException {
        replaceFirst("reserve.drl", "import hk.negequity.figures.Figures\n",
                "import  hk.negequity.figures.Figurez // the figures\n");

        assertThat(located()).containsExactly("reserve.drl:" + lineOf("reserve.drl", "Figurez"));
    }

    @Test
    void aSingleBrokenFileIsTheOnlyOneNamed() throws IOException {
        replaceFirst("ltv.drl", "Figures(", "Figures( loanToValue > 1, ");

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("ltv.drl");
            assertThat(problem.message()).contains("loanToValue");
        });
    }
}
