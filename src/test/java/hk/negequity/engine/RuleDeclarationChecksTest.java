package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import hk.negequity.RuleCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Mistakes in what a rule declares are reported at their line, never as a crash of the loader (and so of a
 * check, a reload or the watcher), and never left to fail a borrower's request.
 */
class RuleDeclarationChecksTest {

    @TempDir
    Path rules;

    private List<RuleProblem> problemsWith(String when, String salience, String metadata) throws IOException {
        RuleCopies.copy(RuleSetLoaderTest.FIXTURES.resolve("minimal"), rules);
        Files.writeString(rules.resolve("ltv.drl"), """
                package test.rules

                import hk.negequity.facts.Advice
                import hk.negequity.figures.Figures

                rule "Warn: loan above 80%%"
                    %s
                    salience %s
                when
                    %s
                then
                    insert(Advice.of(kcontext, "ltvPct", $ltv));
                end
                """.formatted(metadata, salience, when));
        Throwable thrown = catchThrowable(() -> new RuleSetLoader(Clock.systemUTC()).load(rules));
        assertThat(thrown).isInstanceOf(RuleSetException.class);
        return ((RuleSetException) thrown).problems();
    }

    private static final String METADATA = "@code(TEST_HIGH_LTV) @category(LTV) @severity(WARNING) @source(\"test\")";
    private static final String WHEN = "Figures( ltvPct > 80, $ltv : ltvPct )";

    @ParameterizedTest(name = "salience {0}")
    @ValueSource(strings = {"(1/0)", "99999999999999", "-2147483649", "$ltv", "10.5"})
    void aSalienceThatIsNoWholeNumberIsReportedAtItsLine(String salience) throws IOException {
        assertThat(problemsWith(WHEN, salience, METADATA)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("ltv.drl");
            assertThat(problem.line()).isEqualTo(8);
            assertThat(problem.message()).contains("salience must be a whole number", salience);
        });
    }

    @Test
    void aRuleThatInsertsAdviceWithoutACodeIsReportedAtTheRule() throws IOException {
        assertThat(problemsWith(WHEN, "10", "@category(LTV) @severity(WARNING) @source(\"test\")")).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("ltv.drl");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("inserts advice but declares no @code");
        });
    }

    /** The minimal rule set with a line added at the end of its English catalogue: the problems loading it. */
    private List<RuleProblem> problemsWithEnglishLine(String line) throws IOException {
        RuleCopies.copy(RuleSetLoaderTest.FIXTURES.resolve("minimal"), rules);
        Path english = rules.resolve("messages/en.properties");
        Files.writeString(english, Files.readString(english) + line + "\n");
        Throwable thrown = catchThrowable(() -> new RuleSetLoader(Clock.systemUTC()).load(rules));
        assertThat(thrown).isInstanceOf(RuleSetException.class);
        return ((RuleSetException) thrown).problems();
    }

    @Test
    void aNameForAFactNoRequestHasIsReportedAtItsLine() throws IOException {
        List<RuleProblem> problems = problemsWithEnglishLine("name.loan.amont = the loan amount");
        int line = Files.readAllLines(rules.resolve("messages/en.properties")).size();

        assertThat(problems).filteredOn(p -> p.file().equals("messages/en.properties")).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(line);
                    assertThat(problem.message()).contains("name.loan.amont names a fact no request has");
                });
    }

    @Test
    void aFactNamedInEnglishButNotInAnotherLanguageIsReported() throws IOException {
        assertThat(problemsWithEnglishLine("name.loan.amount = the loan amount")).extracting(RuleProblem::toString)
                .containsExactlyInAnyOrder(
                "messages/zh-CN.properties:0: name.loan.amount is missing: messages/en.properties names that fact",
                "messages/zh-HK.properties:0: name.loan.amount is missing: messages/en.properties names that fact");
    }

    @Test
    void theWholeNumbersAtTheEndsOfTheRangeAreSound() throws IOException, RuleSetException {
        RuleCopies.copy(RuleSetLoaderTest.FIXTURES.resolve("minimal"), rules);
        for (String salience : List.of("2147483647", "-2147483648", "+5")) {
            String drl = Files.readString(RuleSetLoaderTest.FIXTURES.resolve("minimal/ltv.drl"))
                    .replace("when", "    salience " + salience + "\nwhen");
            Files.writeString(rules.resolve("ltv.drl"), drl);
            assertThat(new RuleSetLoader(Clock.systemUTC()).load(rules).ruleCount()).as(salience).isEqualTo(1);
        }
    }
}
