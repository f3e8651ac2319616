package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.builder.Message;

/** A compiler error in generated Java is placed at the DRL line that made it, and only there. */
class BuildErrorsTest {

    private static final String DRL = """
            package test.rules

            import hk.negequity.figures.Limits

            rule "one"
            when
            then
                double a = Limits.dsrPct("x", 1, 2);
            end

            rule "two"
            when
            then
                double b = Limits.dsrPct(1, 1, 2);
            end
            """;
    private static final RuleFiles FILES = RuleFiles.of(Map.of("a.drl", DRL.getBytes(StandardCharsets.UTF_8)));

    /** An error as the executable model reports it: against a Java file it generated. */
    private static Message generated(String text) {
        return new Message() {
            public long getId() { return 1; }
            public Level getLevel() { return Level.ERROR; }
            public String getPath() { return "src/main/java/test/rules/LambdaConsequence1.java"; }
            public int getLine() { return 12; }
            public int getColumn() { return 1; }
            public String getText() { return text; }
        };
    }

    private static List<RuleProblem> locate(String text) {
        return BuildErrors.locate(List.of(generated(text)), Map.of("src/main/resources/test/rules/a.drl", "a.drl"),
                FILES);
    }

    @Test
    void aNameThatCannotBeResolvedIsOneProblemAtTheConditionThatWritesItAsText() {
        String drl = """
                package test.rules

                rule "one"
                when
                    Figures( ltvPct > "abc", $ltv : ltvPct )
                then
                    insert(Advice.of(kcontext, "abc", $ltv, "ltvPct", $ltv));
                end

                rule "two"
                when
                    Figures( ltvPct > 90 )
                then
                    insert(Advice.of(kcontext, "ltvPct", 1));
                end
                """;
        RuleFiles files = RuleFiles.of(Map.of("a.drl", drl.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> sources = Map.of("src/main/resources/test/rules/a.drl", "a.drl");

        assertThat(BuildErrors.locate(List.of(generated("abc cannot be resolved to a variable")), sources, files))
                .extracting(RuleProblem::line).containsExactly(5);
        assertThat(BuildErrors.locate(List.of(generated("ltvPct cannot be resolved to a variable")), sources, files))
                .as("one mistake, one problem, however often the name is written").hasSize(1);
    }

    @Test
    void aCallWithTheWrongArgumentsIsPlacedAtThatCallNotAtEveryCallOfTheMethod() {
        List<RuleProblem> problems = locate("The method dsrPct(double, double, double) in the type Limits is not "
                + "applicable for the arguments (String, int, int)");

        assertThat(problems).extracting(RuleProblem::line).doesNotContain(14).hasSize(1);
    }

    @Test
    void aMethodThatDoesNotExistIsPlacedAtEachCallAndNeverAtTheImport() {
        List<RuleProblem> problems = locate("The method dsrPct(String, int, int) is undefined for the type Limits");

        assertThat(problems).extracting(RuleProblem::line).containsExactly(8, 14);
    }
}
