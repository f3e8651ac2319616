package hk.negequity.advice;

import hk.negequity.engine.Evaluation;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSet;
import hk.negequity.explain.Explanation;
import hk.negequity.facts.Advice;
import hk.negequity.facts.AppliedRegime;
import hk.negequity.facts.LoanLimit;
import hk.negequity.facts.MaxLoan;
import hk.negequity.facts.Verdict;
import hk.negequity.model.AdviceRequest;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A broker's pre-approval: the same evaluation as the advice, with the verdict rules switched on. The
 * verdict, the regime and the limits all come from facts the rules inserted; none is decided here.
 */
public final class PreApprovalService {

    private final Supplier<RuleSet> ruleSets;
    private final RuleEngine engine;
    private final EvaluationObserver observer;

    public PreApprovalService(Supplier<RuleSet> ruleSets, RuleEngine engine) {
        this(ruleSets, engine, EvaluationObserver.NONE);
    }

    public PreApprovalService(Supplier<RuleSet> ruleSets, RuleEngine engine, EvaluationObserver observer) {
        this.ruleSets = ruleSets;
        this.engine = engine;
        this.observer = observer;
    }

    public PreApprovalAnswer preApprove(AdviceRequest request, Presentation presentation) {
        return preApprove(ruleSets.get(), request, presentation);
    }

    /** With a given rule set, so that every case of a batch is judged by the same version. */
    public PreApprovalAnswer preApprove(RuleSet ruleSet, AdviceRequest request, Presentation presentation) {
        long start = System.nanoTime();
        Evaluation evaluation = engine.evaluate(ruleSet, request, RuleEngine.Purpose.PRE_APPROVAL);
        List<Verdict> verdicts = evaluation.facts(Verdict.class);
        if (verdicts.size() != 1) {
            throw new IllegalStateException("the rule set " + ruleSet.version() + " gave " + verdicts.size()
                    + " verdicts for one case; it must give exactly one");
        }
        Verdict verdict = verdicts.get(0);
        Explanation explanation = Explaining.explain(ruleSet, evaluation, presentation.explain());
        AdviceRenderer renderer = new AdviceRenderer(ruleSet, presentation.language(),
                presentation.explain() ? explanation : null);
        PreApprovalAnswer.RegimeApplied regime = evaluation.fact(AppliedRegime.class)
                .map(r -> new PreApprovalAnswer.RegimeApplied(r.id(), r.effectiveFrom().toString(),
                        r.regime().source(), r.date().toString(), r.basis().name()))
                .orElse(null);
        LoanLimit limit = evaluation.fact(LoanLimit.class).orElse(null);
        MaxLoan maxLoan = evaluation.fact(MaxLoan.class).orElse(null);
        // The reasons are advice the answer lists anyway: each is put into words once.
        Map<Advice, AdviceItem> rendered = new IdentityHashMap<>();
        List<AdviceItem> advice = evaluation.advice().stream()
                .map(a -> rendered.computeIfAbsent(a, renderer::render)).toList();
        PreApprovalAnswer answer = new PreApprovalAnswer(evaluation.rulesetVersion(), request.asOf().toString(),
                renderer.catalogue().language(), verdict.outcome(),
                verdict.reasons().stream().map(a -> rendered.computeIfAbsent(a, renderer::render)).toList(),
                regime,
                limit == null ? null : new PreApprovalAnswer.LimitApplied(limit.kind().name(), limit.table(),
                        limit.maxLtvPct(), limit.source()),
                limit == null ? null : limit.maxLtvPct(),
                maxLoan == null ? null : maxLoan.maxLoan(),
                limit == null ? null : limit.maxLoan(),
                maxLoan == null ? null : maxLoan.maxLoanByDsr(),
                drivenBy(maxLoan),
                evaluation.figures(),
                advice,
                renderer.needs(explanation),
                presentation.explain() ? explanation.notFired().stream().map(Views.NotFiredView::of).toList() : null);
        observer.evaluated(EvaluationObserver.PRE_APPROVAL, evaluation.rulesetVersion(), System.nanoTime() - start, evaluation.advice());
        return answer;
    }

    public RuleSet currentRuleSet() {
        return ruleSets.get();
    }

    private static String drivenBy(MaxLoan maxLoan) {
        if (maxLoan == null) {
            return null;
        }
        return maxLoan.maxLoanByDsr() != null && maxLoan.maxLoanByDsr() < maxLoan.maxLoanByLtv() ? "DSR" : "LTV";
    }
}
