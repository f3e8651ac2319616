package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.RuleCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A condition that compares a field with a value of the wrong type, or names a field that does not exist beside a
 * text, is one problem at its own line. Given a copy of the project's rules with one such condition added to the
 * first LTV rule, when it is loaded, then the only problem is at that line, in words an analyst can act on: not
 * at the other rules whose lines happen to hold the same words, and not in the compiler's generated code.
 */
class TypeMistakePlacesTest {

    private static final String LINE = "    Loan( $amount : amount )";

    @TempDir
    Path rules;

    @BeforeEach
    void copyTheProjectsRules() throws IOException {
        RuleCopies.copy(Path.of("rules"), rules);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "an enum field compared with a text   | scheme == \"BOGUS\"      | scheme",
            "an unknown field compared with a text | colour == \"red\"       | colour",
            "a number field compared with a text  | tenorMonths > \"x\"      | \"x\"",
            "an enum constant that does not exist | scheme == Scheme.BOGUS  | BOGUS",
            "an amount compared with a text       | amount == \"x\"          | x"})
    void theMistakeIsOneProblemAtItsOwnLine(String what, String condition, String named) throws IOException {
        int line = addToTheFirstLtvRule(condition);

        List<RuleProblem> problems = problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo("ltv.drl:" + line);
            assertThat(problem.message()).contains(named)
                    .doesNotContain("alphaIndexedBy", "PatternDSL", "LambdaExtractor", "Index.ConstraintType");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // The rule's @source names "scheme" above its conditions.
            "a rule whose metadata names the field | debt-service.drl | $limit : DsrLimit( $cap : capPct )",
            // An earlier pattern of the rule binds the field without comparing it.
            "a rule that binds the field before     | call-loan.drl    | Loan( monthsInArrears == 0, paymentsMade != 0, $scheme : scheme )"})
    void theLineIsTheConditionsNotAnotherThatNamesTheField(String what, String file, String after) throws IOException {
        int line = insertAfter(file, after, "    Loan( scheme == \"BOGUS\" )");

        assertThat(problems()).extracting(p -> p.file() + ":" + p.line()).containsExactly(file + ":" + line);
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource({
            "ltv.drl,     Figures(,  Figure(",
            "reserve.drl, Borrower(, Borrowe(",
    })
    void aTypeMisspeltAsAPrefixOfAnImportedOneIsPlacedWhereItIsUsed(String file, String type, String misspelt)
            throws IOException {
        Path path = rules.resolve(file);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(path));
        int line = 0;
        while (!lines.get(line).strip().startsWith(type)) {
            line++;
        }
        lines.set(line, lines.get(line).replace(type, misspelt));
        Files.write(path, lines);
        String where = file + ":" + (line + 1);

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).as("not the import of " + type).isEqualTo(where);
            assertThat(problem.message()).contains(misspelt.replace("(", ""));
        });
    }

    @org.junit.jupiter.api.Test
    void aRuleOfTheSameNameInAnotherPackageIsNotBlamed() throws IOException {
        Files.writeString(rules.resolve("other.drl"), """
                package hk.negequity.other

                import hk.negequity.model.Loan

                rule "Warn: loan above the safe 80% of the lending base"
                when
                    Loan( scheme == "BOGUS" )
                then
                end
                """);

        // The name declared again is a mistake of its own, reported at both rules (RuleMetadataMistakesTest); the
        // type mistake is the other rule's alone.
        assertThat(problems()).filteredOn(p -> !p.message().startsWith("Duplicate rule name"))
                .extracting(p -> p.file() + ":" + p.line()).containsExactly("other.drl:7");
    }

    @org.junit.jupiter.api.Test
    void aTextComparedWithANumberIsNotBlamedOnTheSameTextComparedWithATextField() throws IOException {
        int line = insertAfter("verdict.drl",
                "$reasons : List( size > 0 ) from collect( Advice( severity != Severity.INFO || code == \"REGIME_NOT_COVERED\" ) )",
                "    Loan( tenorMonths > \"REGIME_NOT_COVERED\" )");

        assertThat(problems()).extracting(p -> p.file() + ":" + p.line()).containsExactly("verdict.drl:" + line);
    }

    @org.junit.jupiter.api.Test
    void aTextComparedWithANumberOnTheLineOfItsWhenIsPlacedThere() throws IOException {
        Files.writeString(rules.resolve("other.drl"), """
                package hk.negequity.rules

                import hk.negequity.model.Loan

                rule "A test rule with its condition beside its when"
                when Loan( tenorMonths > "x" )
                then
                end
                """);

        assertThat(problems()).extracting(p -> p.file() + ":" + p.line()).containsExactly("other.drl:6");
    }

    private int insertAfter(String file, String after, String added) throws IOException {
        Path path = rules.resolve(file);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(path));
        int index = -1;
        for (int i = 0; i < lines.size() && index < 0; i++) {
            index = lines.get(i).strip().equals(after) ? i : -1;
        }
        assertThat(index).as(after + " in " + file).isNotNegative();
        lines.add(index + 1, added);
        Files.write(path, lines);
        return index + 2;
    }

    private int addToTheFirstLtvRule(String condition) throws IOException {
        Path ltv = rules.resolve("ltv.drl");
        List<String> lines = Files.readAllLines(ltv);
        int index = lines.indexOf(LINE);
        assertThat(index).as("the first LTV rule's loan pattern").isNotNegative();
        lines.set(index, "    Loan( $amount : amount, " + condition + " )");
        Files.write(ltv, lines);
        return index + 1;
    }

    private List<RuleProblem> problems() {
        return LoadProblems.of(rules);
    }
}
