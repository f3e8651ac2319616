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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * In-process evaluation of the full rule set on the three representative cases, in µs per operation:
 * the engine alone ({@code engine}), the whole answer with words and what-to-ask-next ({@code answer}),
 * and the hand-written Java baseline ({@code baseline}), so the engine's overhead reads as a ratio.
 */
public class EvaluationBenchmark extends InProcessSettings {

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
