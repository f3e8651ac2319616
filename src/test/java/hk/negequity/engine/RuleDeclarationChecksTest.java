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

    /**
     * Among many rules, a salience of 100.5 used to be blamed also on another file, in the words of the generated
     * code (arrears.drl:38, "The method attribute(Rule.Attribute<T>, T) ... is not applicable"); a mistake of its
     * own in another file is still reported beside it.
     */
    @ParameterizedTest(name = "with another mistake: {0}")
    @ValueSource(booleans = {false, true})
    void aSalienceThatIsNoWholeNumberIsOneProblemAmongTheProjectsRules(boolean anotherMistake) throws IOException {
        RuleCopies.copy(Path.of("rules"), rules);
        replaceOnLine("regime.drl", 25, "salience 100", "salience 100.5");
        if (anotherMistake) {
            replaceOnLine("ltv.drl", 16, "ltvPct > 80", "ltvPc > 80");
        }
        Throwable thrown = catchThrowable(() -> new RuleSetLoader(Clock.systemUTC()).load(rules));
        assertThat(thrown).isInstanceOf(RuleSetException.class);

        List<String> problems = ((RuleSetException) thrown).problems().stream()
                .map(p -> p.file() + ":" + p.line() + ": " + p.message()).toList();
        assertThat(problems).hasSize(anotherMistake ? 2 : 1)
                .anySatisfy(p -> assertThat(p).startsWith("regime.drl:25: salience must be a whole number"));
        if (anotherMistake) {
            assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("ltv.drl:16: ").contains("ltvPc"));
        }
    }

    private void replaceOnLine(String file, int line, String text, String with) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(rules.resolve(file)));
        assertThat(lines.get(line - 1)).contains(text);
        lines.set(line - 1, lines.get(line - 1).replace(text, with));
        Files.write(rules.resolve(file), lines);
    }

    /**
     * Brackets nested deeper than any rule needs are reported at their line and not compiled: 18 deep took the
     * compiler minutes, and 500 ran it out of stack (a crash of check, an empty 500 from a reload).
     */
    @ParameterizedTest(name = "nested {0} deep")
    @ValueSource(ints = {11, 18, 500})
    void bracketsNestedPastReasonAreReportedAtTheirLine(int depth) throws IOException {
        String when = "Figures( ltvPct > " + "(".repeat(depth - 1) + "80" + ")".repeat(depth - 1) + ", $ltv : ltvPct )";

        assertThat(problemsWith(when, "0", METADATA)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("ltv.drl");
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.message()).contains("nested more than 10 deep");
        });
    }

    @Test
    void bracketsNestedTenDeepAreSound() throws IOException, RuleSetException {
        RuleCopies.copy(RuleSetLoaderTest.FIXTURES.resolve("minimal"), rules);
        Path ltv = rules.resolve("ltv.drl");
        String text = Files.readString(ltv);
        assertThat(text).contains("ltvPct > 80");
        Files.writeString(ltv, text.replace("ltvPct > 80", "ltvPct > " + "(".repeat(9) + "80" + ")".repeat(9)));

        assertThat(new RuleSetLoader(Clock.systemUTC()).load(rules).ruleCount()).isEqualTo(1);
    }

    /** A consequence is Java, which the compiler nests as deep as it likes: only conditions are held to the limit. */
    @Test
    void aConsequenceNestedDeeperIsSound() throws IOException, RuleSetException {
        RuleCopies.copy(RuleSetLoaderTest.FIXTURES.resolve("minimal"), rules);
        Path ltv = rules.resolve("ltv.drl");
        String text = Files.readString(ltv);
        String insert = "insert(Advice.of(kcontext, \"ltvPct\", $ltv));";
        assertThat(text).contains(insert);
        Files.writeString(ltv, text.replace(insert, "insert(Advice.of(kcontext, \"ltvPct\", "
                + "(".repeat(15) + "$ltv" + ")".repeat(15) + "));"));

        assertThat(new RuleSetLoader(Clock.systemUTC()).load(rules).ruleCount()).isEqualTo(1);
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
                "messages/zh-CN.properties: name.loan.amount is missing: messages/en.properties names that fact",
                "messages/zh-HK.properties: name.loan.amount is missing: messages/en.properties names that fact");
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
