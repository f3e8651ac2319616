package hk.negequity.bench;

import hk.negequity.engine.RuleSet;
import hk.negequity.engine.RuleSetLoader;
import hk.negequity.engine.SessionPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the bundled rules' cost lies: the engine's evaluation of each case with one rule file left out in turn
 * ({@code none} leaves out nothing), built from the rule directory's DRL without the service's checks (which refuse
 * a set with a file missing), evaluated as the engine evaluates but without its listener. Leaving a file out also
 * removes what its facts set off in the others, so the savings overlap. Read beside {@link EngineFloorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-XX:+UseSerialGC"})
public class RuleFileAblationBenchmark {

    static final String NONE = "none";

    /** Every rule file of {@code rules/} by name, and none; {@code RuleFileAblationTest} holds the list to the folder. */
    @Param({NONE, "arrears", "call-loan", "debt-service", "equity", "ltv", "policy-limits", "price", "regime",
            "reserve", "scheme", "verdict"})
    public String leftOut;

    @Param({"FIRST_TIME_BUYER_MIP_90", "NEGATIVE_EQUITY_IN_ARREARS", "STANDARD_70_PRE_APPROVAL"})
    public BenchmarkCases benchmarkCase;

    private SessionPool sessions;
    private RuleSet ruleSet;
    private boolean setsPolicy;
    private List<Object> facts;

    @Setup
    public void build() throws Exception {
        Path rules = Path.of(System.getProperty("rules", "rules"));
        ruleSet = new RuleSetLoader(Clock.systemUTC()).load(rules);
        KieBase kieBase = without(rules, leftOut);
        // The file left out may be the one that names the global; then the rest does not read it either.
        setsPolicy = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(RuleSet.POLICY_GLOBAL)));
        sessions = SessionPool.perCore(kieBase);
        facts = benchmarkCase.inputFacts();
    }

    /** The rule base of every DRL file in {@code rules} but {@code leftOut}.drl; an unknown name is refused. */
    static KieBase without(Path rules, String leftOut) throws IOException {
        Map<String, String> drl = new TreeMap<>();
        try (Stream<Path> files = Files.list(rules)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".drl")).toList()) {
                drl.put("hk/negequity/rules/" + file.getFileName(), Files.readString(file));
            }
        }
        if (!leftOut.equals(NONE) && drl.remove("hk/negequity/rules/" + leftOut + ".drl") == null) {
            throw new IllegalArgumentException("no rule file " + leftOut + ".drl in " + rules);
        }
        return BenchRuleBases.build("without-" + leftOut, drl);
    }

    @Benchmark
    public SessionPool evaluate() {
        try (SessionPool.Lease lease = sessions.lease()) {
            StatelessKieSession session = lease.session();
            if (setsPolicy) {
                session.setGlobal(RuleSet.POLICY_GLOBAL, ruleSet.policy());
            }
            session.execute(facts);
        }
        return sessions;
    }
}
