package hk.negequity.bench;

import hk.negequity.advice.AdviceService;
import hk.negequity.advice.PreApprovalService;
import hk.negequity.advice.Presentation;
import hk.negequity.engine.Evaluation;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSet;
import hk.negequity.engine.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
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
 * In-process evaluation of the full rule set on the three representative cases, in µs per operation:
 * the engine alone ({@code engine}), the whole answer with words and what-to-ask-next ({@code answer}),
 * and the hand-written Java baseline ({@code baseline}), so the engine's overhead reads as a ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx512m", "-XX:+UseSerialGC"})
public class EvaluationBenchmark {

    @Param({"FIRST_TIME_BUYER_MIP_90", "NEGATIVE_EQUITY_IN_ARREARS", "STANDARD_70_PRE_APPROVAL"})
    public BenchmarkCases benchmarkCase;

    private RuleSet ruleSet;
    private RuleEngine engine;
    private AdviceService advice;
    private PreApprovalService preApproval;
    private boolean isPreApproval;

    @Setup
    public void load() throws Exception {
        ruleSet = new RuleSetLoader(Clock.systemUTC()).load(Path.of(System.getProperty("rules", "rules")));
        engine = new RuleEngine();
        advice = new AdviceService(() -> ruleSet, engine);
        preApproval = new PreApprovalService(() -> ruleSet, engine);
        isPreApproval = benchmarkCase.purpose() == RuleEngine.Purpose.PRE_APPROVAL;
    }

    @Benchmark
    public Evaluation engine() {
        return engine.evaluate(ruleSet, benchmarkCase.request(), benchmarkCase.purpose());
    }

    @Benchmark
    public Object answer() {
        return isPreApproval ? preApproval.preApprove(benchmarkCase.request(), Presentation.ENGLISH)
                : advice.advise(benchmarkCase.request(), Presentation.ENGLISH);
    }

    @Benchmark
    public HandWrittenAdvice.Answer baseline() {
        return HandWrittenAdvice.answer(benchmarkCase.request(), isPreApproval);
    }
}
