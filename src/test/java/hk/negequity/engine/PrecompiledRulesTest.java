package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.RandomBorrowers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule base the build precompiles is the rule base the DRL compiles to: same rules, same metadata, same
 * answers; and one that does not fit is passed over for a compile, never served half-loaded.
 */
class PrecompiledRulesTest {

    private static final Path RULES = Path.of("rules");
    private static RuleFiles files;
    private static byte[] kjar;

    @BeforeAll
    static void precompile() throws IOException {
        files = RuleFiles.read(RULES);
        List<RuleProblem> problems = new ArrayList<>();
        kjar = RulePrecompiler.precompile(files, problems);
        assertThat(problems).isEmpty();
        assertThat(kjar).isNotNull();
    }

    private static RuleSet load(PrecompiledRules precompiled) {
        try {
            return new RuleSetLoader(Clock.systemUTC(), precompiled).load(files);
        } catch (RuleSetException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    @Test
    void theRulesPrecompiledForAVersionAreFoundByIt() {
        PrecompiledRules precompiled = PrecompiledRules.of(Map.of(files.rulesVersion(), kjar));

        assertThat(precompiled.kieBase(files.rulesVersion())).isPresent();
        assertThat(precompiled.kieBase("0000000000000000")).isEmpty();
        assertThat(PrecompiledRules.none().kieBase(files.rulesVersion())).isEmpty();
    }

    @Test
    void aPrecompiledRuleSetHasTheSameRulesAndMetadataAsACompiledOne() {
        RuleSet compiled = load(PrecompiledRules.none());
        RuleSet precompiled = load(PrecompiledRules.of(Map.of(files.rulesVersion(), kjar)));

        assertThat(precompiled.version()).isEqualTo(compiled.version());
        assertThat(precompiled.ruleCount()).isEqualTo(compiled.ruleCount());
        assertThat(precompiled.adviceRules()).isEqualTo(compiled.adviceRules());
    }

    @Test
    void aPrecompiledRuleSetAnswersAsACompiledOneOnAThousandRandomRequests() {
        RuleSet compiled = load(PrecompiledRules.none());
        RuleSet precompiled = load(PrecompiledRules.of(Map.of(files.rulesVersion(), kjar)));
        RuleEngine engine = new RuleEngine();
        RandomBorrowers random = new RandomBorrowers(20261128L);

        for (int i = 0; i < 1_000; i++) {
            Borrowers borrower = random.next();
            for (RuleEngine.Purpose purpose : RuleEngine.Purpose.values()) {
                Evaluation expected = engine.evaluate(compiled, borrower.request(), purpose);
                Evaluation actual = engine.evaluate(precompiled, borrower.request(), purpose);

                assertThat(actual.firedRules()).as("case %d, %s", i, purpose).isEqualTo(expected.firedRules());
                assertThat(actual.advice()).as("case %d, %s", i, purpose).isEqualTo(expected.advice());
                assertThat(actual.otherFacts()).as("case %d, %s", i, purpose).isEqualTo(expected.otherFacts());
            }
        }
    }

    @Test
    void aKjarThatDoesNotLoadIsPassedOverAndTheRulesAreCompiled() {
        byte[] truncated = Arrays.copyOf(kjar, kjar.length / 2);
        byte[] notAZip = "not a kjar".getBytes();

        assertThat(PrecompiledRules.of(Map.of(files.rulesVersion(), truncated)).kieBase(files.rulesVersion())).isEmpty();
        assertThat(PrecompiledRules.of(Map.of(files.rulesVersion(), notAZip)).kieBase(files.rulesVersion())).isEmpty();
        RuleSet loaded = load(PrecompiledRules.of(Map.of(files.rulesVersion(), notAZip)));
        assertThat(loaded.ruleCount()).isEqualTo(load(PrecompiledRules.none()).ruleCount());
    }

    @Test
    void rulesThatDoNotCompileAreNotPrecompiledButReportedByFileAndLine() throws IOException {
        RuleFiles broken = RuleFiles.read(RuleSetLoaderTest.FIXTURES.resolve("syntax-error"));
        List<RuleProblem> problems = new ArrayList<>();

        assertThat(RulePrecompiler.precompile(broken, problems)).isNull();
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("ltv.drl");
            assertThat(problem.line()).isEqualTo(9);
        });
    }
}
