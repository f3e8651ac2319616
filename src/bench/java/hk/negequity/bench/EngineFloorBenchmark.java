package hk.negequity.bench;

import hk.negequity.engine.RuleSetLoader;
import hk.negequity.engine.SessionPool;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * What Drools itself costs an evaluation, apart from what the bundled rules do: made-up rule bases of as many
 * rules as the bundled set, in one shape each ({@link SyntheticRules.Shape}), evaluated as the engine evaluates
 * (a pooled stateless session, handed the standard 70% pre-approval's facts as the engine hands them), with as many
 * firing as fire in the bundled set's evaluations (10 to 12). Read beside {@code EvaluationBenchmark.engine}.
 */
public class EngineFloorBenchmark extends InProcessSettings {

    /** Rules firing in each made-up rule base: as many as in the bundled set's evaluations of the three cases. */
    static final int FIRING = 10;

    @Param({"NO_RULES", "ONE_PATTERN", "TWO_PATTERNS_AND_NOT"})
    public SyntheticRules.Shape shape;

    private SessionPool sessions;
    private List<Object> facts;

    @Setup
    public void build() throws Exception {
        int bundledRules = new RuleSetLoader(Clock.systemUTC())
                .load(Path.of(System.getProperty("rules", "rules"))).ruleCount();
        sessions = SessionPool.perCore(SyntheticRules.kieBase(shape, bundledRules, FIRING));
        facts = BenchmarkCases.STANDARD_70_PRE_APPROVAL.inputFacts();
    }

    @Benchmark
    public SessionPool evaluate() {
        try (SessionPool.Lease lease = sessions.lease()) {
            lease.session().execute(facts);
        }
        return sessions;
    }
}
