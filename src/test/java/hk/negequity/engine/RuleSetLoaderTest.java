package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hk.negequity.BundledRuleSet;
import hk.negequity.RuleCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loading a rule directory: all or nothing, every problem by file and line. */
class RuleSetLoaderTest {

    static final Path FIXTURES = Path.of("src/test/resources/rulesets");

    private final RuleSetLoader loader = new RuleSetLoader(Clock.systemUTC());

    private List<RuleProblem> problemsOf(String fixture) {
        try {
            loader.load(FIXTURES.resolve(fixture));
        } catch (RuleSetException e) {
            return e.problems();
        }
        throw new AssertionError(fixture + " was expected not to load");
    }

    @Test
    void theProjectsRulesLoadWithEveryAdviceRuleDescribed() {
        RuleSet rules = BundledRuleSet.get();

        assertThat(rules.ruleCount()).isGreaterThanOrEqualTo(rules.adviceRules().size()).isGreaterThan(10);
        assertThat(rules.adviceRules()).allSatisfy(rule -> {
            assertThat(rule.file()).endsWith(".drl");
            assertThat(rule.line()).isPositive();
        });
        assertThat(rules.version()).matches("[0-9a-f]{16}");
    }

    @Test
    void aSyntaxErrorIsReportedWithItsFileAndLine() {
        assertThat(problemsOf("syntax-error")).first().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("ltv.drl");
            assertThat(problem.line()).isEqualTo(9);
        });
    }

    @Test
    void anUnknownFieldIsReportedWithItsFileAndLine() {
        assertThat(problemsOf("unknown-field")).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("ltv.drl");
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.message()).contains("loanToValue");
        });
    }

    @Test
    void aRuleWithoutItsMessageIsReportedAtTheRule() {
        assertThat(problemsOf("missing-message")).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("ltv.drl");
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.message()).contains("TEST_HIGH_LTV.message", "messages/en.properties");
        });
    }

    @Test
    void aMessageWithoutARuleIsReportedAtItsLine() {
        assertThat(problemsOf("orphan-message")).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("messages/en.properties");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("TEST_NO_SUCH_RULE");
        });
    }

    @Test
    void anAdviceRuleMustDeclareItsMetadata() {
        assertThat(problemsOf("missing-metadata")).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("ltv.drl");
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.message()).contains("@source");
        });
    }

    @Test
    void aMissingDirectoryIsAProblemNotACrash() {
        assertThatThrownBy(() -> loader.load(FIXTURES.resolve("no-such-dir"))).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("rule directory not found");
    }

    @Test
    void theVersionIsAContentHashOfNamesAndBytes(@TempDir Path dir) throws IOException {
        RuleCopies.copy(FIXTURES.resolve("minimal"), dir);
        String before = RuleFiles.read(dir).version();

        assertThat(RuleFiles.read(FIXTURES.resolve("minimal")).version()).isEqualTo(before);
        Files.writeString(dir.resolve("messages/en.properties"), "\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(RuleFiles.read(dir).version()).isNotEqualTo(before);
    }

    @Test
    void hiddenFilesAndEditorBackupsAreNotPartOfTheRuleSet(@TempDir Path dir) throws IOException {
        RuleCopies.copy(FIXTURES.resolve("minimal"), dir);
        String before = RuleFiles.read(dir).version();
        Files.writeString(dir.resolve(".ltv.drl.swp"), "junk");
        Files.writeString(dir.resolve("ltv.drl~"), "junk");
        Files.writeString(dir.resolve("#ltv.drl#"), "junk");
        Files.writeString(dir.resolve(".#ltv.drl"), "junk");

        assertThat(RuleFiles.read(dir).version()).isEqualTo(before);
    }

    @Test
    void aRuleDirectoryReachedThroughLinksIsReadAsTheFilesItShows(@TempDir Path dir) throws IOException {
        // As deployed: a link to the current release; and a mounted volume whose names link into a hidden folder.
        Path release = dir.resolve("release-1");
        RuleCopies.copy(FIXTURES.resolve("minimal"), release);
        String version = RuleFiles.read(release).version();
        Path current = Files.createSymbolicLink(dir.resolve("current"), release);
        Path mounted = Files.createDirectory(dir.resolve("mounted"));
        Files.createSymbolicLink(mounted.resolve("..data"), release);
        try (var names = Files.list(release)) {
            for (Path name : names.toList()) {
                Files.createSymbolicLink(mounted.resolve(name.getFileName()), Path.of("..data").resolve(name.getFileName()));
            }
        }

        assertThat(RuleFiles.read(current).version()).isEqualTo(version);
        assertThat(RuleFiles.read(mounted).version()).isEqualTo(version);
    }

    @Test
    void aLinkBackToAFolderAboveIsPassedOverNotFollowedRound(@TempDir Path dir) throws IOException {
        RuleCopies.copy(FIXTURES.resolve("minimal"), dir);
        String version = RuleFiles.read(dir).version();
        Files.createSymbolicLink(dir.resolve("messages/up"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("self"), dir);

        assertThat(RuleFiles.read(dir).version()).isEqualTo(version);
    }

    @Test
    void aLinkToAFileThatIsNotThereIsReportedAtTheLink(@TempDir Path dir) throws IOException {
        RuleCopies.copy(FIXTURES.resolve("minimal"), dir);
        Files.createSymbolicLink(dir.resolve("scheme.drl"), dir.resolve("release-2/scheme.drl"));

        assertThat(problemsIn(dir)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("scheme.drl");
            assertThat(problem.message()).contains("link to", "release-2", "cannot be followed", "not there");
        });
    }

    @Test
    void aHiddenLinkToNothingIsPassedOverAsAnyHiddenFileIs(@TempDir Path dir) throws IOException {
        RuleCopies.copy(FIXTURES.resolve("minimal"), dir);
        String version = RuleFiles.read(dir).version();
        Files.createSymbolicLink(dir.resolve(".#ltv.drl"), Path.of("root@host.1234"));

        assertThat(RuleFiles.read(dir).version()).isEqualTo(version);
    }

    /** A loop is reported at the rule that loops, not at the verdict rules whose check ran into it (review). */
    @Test
    void aLoopAddedToTheBundledRulesIsReportedAtTheLoopingRule(@TempDir Path dir) throws IOException {
        RuleCopies.copy(BundledRuleSet.RULES, dir);
        Files.writeString(dir.resolve("churn.drl"), """
                package hk.negequity.rules

                import hk.negequity.model.Loan

                declare Churn
                    n : int
                end

                rule "Churn: start"
                when
                    Loan()
                    not Churn()
                then
                    insert(new Churn(0));
                end

                rule "Churn: for ever"
                when
                    Churn( $n : n )
                then
                    insert(new Churn($n + 1));
                end
                """);

        assertThat(problemsIn(dir)).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("churn.drl");
            assertThat(problem.line()).isEqualTo(17);
            assertThat(problem.message()).contains("fires rules more than", "Churn: for ever");
        });
    }

    @Test
    void aMinimalRuleSetLoadsAndAdvises() throws RuleSetException {
        RuleSet rules = loader.load(FIXTURES.resolve("minimal"));

        assertThat(rules.adviceRules()).extracting(r -> r.metadata().code()).containsExactly("TEST_HIGH_LTV");
        assertThat(rules.adviceRules().get(0).figureNames()).containsExactly("ltvPct");
    }

    @Test
    void aMissingCatalogueIsReportedWhateverTheOthersSay(@TempDir Path dir) throws IOException {
        RuleCopies.copy(FIXTURES.resolve("minimal"), dir);
        Files.delete(dir.resolve("messages/zh-CN.properties"));

        assertThat(problemsIn(dir)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("messages/zh-CN.properties");
            assertThat(problem.message()).contains("missing");
        });
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"policy/regimes.csv", "policy/ltv-caps.csv", "policy/mip-versions.csv",
            "policy/mip-bands.csv", "policy/special-schemes.csv"})
    void rulesThatReadThePolicyTablesNeedEveryOne(String table, @TempDir Path dir) throws IOException {
        RuleCopies.copy(BundledRuleSet.RULES, dir);
        Files.delete(dir.resolve(table));

        // Rows of the other tables that name a regime or version of the missing one are reported as well.
        assertThat(problemsIn(dir)).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(table);
            assertThat(problem.message()).contains("missing");
        });
    }

    @Test
    void aNumberThatIsNotOneIsReportedOnceForWhatItIs(@TempDir Path dir) throws IOException {
        RuleCopies.copy(BundledRuleSet.RULES, dir);
        Path regimes = dir.resolve("policy/regimes.csv");
        Files.writeString(regimes, Files.readString(regimes).replaceFirst("(?m)^(2024-02-28,2024-02-28,)50,", "$1abc,"));

        List<RuleProblem> problems = problemsIn(dir);
        assertThat(problems).filteredOn(p -> p.file().equals("policy/regimes.csv")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("'dsrCapSelfUsePct' is not a number: abc"));
    }

    @Test
    void aPolicyTableWithNoRowsKeepsItsHeaderAndLoads(@TempDir Path dir) throws IOException, RuleSetException {
        RuleCopies.copy(BundledRuleSet.RULES, dir);
        Path schemes = dir.resolve("policy/special-schemes.csv");
        String header = Files.readAllLines(schemes).stream().filter(line -> line.startsWith("id,")).findFirst().orElseThrow();
        Files.writeString(schemes, header + "\n");

        assertThat(loader.load(dir).policy().specialSchemes()).isEmpty();
    }

    private List<RuleProblem> problemsIn(Path dir) {
        try {
            loader.load(dir);
        } catch (RuleSetException e) {
            return e.problems();
        }
        throw new AssertionError(dir + " was expected not to load");
    }

}
