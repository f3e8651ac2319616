package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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

    private List<RuleProblem> problems() {
        RuleSetLoader loader = new RuleSetLoader(Clock.systemUTC());
        Throwable thrown = catchThrowable(() -> loader.load(rules));
        assertThat(thrown).as("the broken rules must not load").isInstanceOf(RuleSetException.class);
        return ((RuleSetException) thrown).problems();
    }

    private void replaceFirst(String file, String from, String to) throws IOException {
        String text = Files.readString(rules.resolve(file));
        assertThat(text).contains(from);
        Files.writeString(rules.resolve(file), text.replaceFirst(java.util.regex.Pattern.quote(from), to));
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
        RuleSetLoaderTest.copy(Path.of("rules"), rules);
        replaceFirst("policy-limits.drl", "Loan( scheme == Scheme.MORTGAGE_INSURANCE )",
                "Loan( schemeName == Scheme.MORTGAGE_INSURANCE )");
        replaceFirst("reserve.drl", "Figures( monthlyOutgoings > 0,", "Figures( reserveWeeks > 0, monthlyOutgoings > 0,");
        // The global these files use is declared only in the broken one: legal within one package, and it
        // must not make them look broken while the broken file is set aside.
        replaceFirst("regime.drl", "global PolicyTables policy", "");
        replaceFirst("scheme.drl", "global PolicyTables policy", "");

        assertThat(problems()).extracting(p -> p.file() + ":" + p.line()).containsExactlyInAnyOrder(
                "policy-limits.drl:" + lineOf("policy-limits.drl", "schemeName"),
                "reserve.drl:" + lineOf("reserve.drl", "reserveWeeks"));
    }

    @Test
    void aMisspeltGlobalTypeIsReportedOnceAndTheFilesSharingTheGlobalAreNotBlamed() throws IOException {
        RuleSetLoaderTest.copy(Path.of("rules"), rules);
        replaceFirst("regime.drl", "global PolicyTables policy", "global PolicyTable policy");

        assertThat(problems()).extracting(p -> p.file() + ":" + p.line())
                .containsExactly("regime.drl:" + lineOf("regime.drl", "global PolicyTable policy"));
    }

    @Test
    void anImportOfNoClassIsPlacedAtTheImportBesideAnotherFilesMistake() throws IOException {
        RuleSetLoaderTest.copy(Path.of("rules"), rules);
        replaceFirst("regime.drl", "import hk.negequity.facts.RegimeDate\n", "import hk.negequity.facts.RegimeDates\n");
        replaceFirst("reserve.drl", "Figures( monthlyOutgoings > 0,", "Figures( reserveWeeks > 0, monthlyOutgoings > 0,");

        assertThat(problems()).extracting(p -> p.file() + ":" + p.line()).containsExactlyInAnyOrder(
                "regime.drl:" + lineOf("regime.drl", "RegimeDates"), "reserve.drl:" + lineOf("reserve.drl", "reserveWeeks"));
    }

    @Test
    void aSalienceThatIsNoWholeNumberDoesNotHideAnotherFilesMistake() throws IOException {
        RuleSetLoaderTest.copy(Path.of("rules"), rules);
        replaceFirst("debt-service.drl", "    salience 80\n", "    salience 5.5\n");
        replaceFirst("reserve.drl", "Figures( monthlyOutgoings > 0,", "Figures( reserveWeeks > 0, monthlyOutgoings > 0,");

        assertThat(problems()).extracting(p -> p.file() + ":" + p.line()).containsExactlyInAnyOrder(
                "debt-service.drl:" + lineOf("debt-service.drl", "salience 5.5"),
                "reserve.drl:" + lineOf("reserve.drl", "reserveWeeks"));
    }

    @Test
    void anImportOfNoClassSpacedOrCommentedIsStillPlacedAtTheImport() throws IOException {
        RuleSetLoaderTest.copy(Path.of("rules"), rules);
        replaceFirst("reserve.drl", "import hk.negequity.figures.Figures\n",
                "import  hk.negequity.figures.Figurez // the figures\n");

        assertThat(problems()).extracting(p -> p.file() + ":" + p.line())
                .containsExactly("reserve.drl:" + lineOf("reserve.drl", "Figurez"));
    }

    @Test
    void aSingleBrokenFileIsTheOnlyOneNamed() throws IOException {
        RuleSetLoaderTest.copy(Path.of("rules"), rules);
        replaceFirst("ltv.drl", "Figures(", "Figures( loanToValue > 1, ");

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("ltv.drl");
            assertThat(problem.message()).contains("loanToValue");
        });
    }
}
