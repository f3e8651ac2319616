package hk.negequity.advice;

import hk.negequity.engine.Evaluation;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSet;
import hk.negequity.explain.Explanation;
import hk.negequity.model.AdviceRequest;
import java.util.function.Supplier;

/**
 * The use case both the HTTP API and the command line serve: evaluate a borrower's facts against the
 * current rule set and put the advice into words. The rule set is read once per request, so an answer is
 * always from one version of the rules, even while a reload swaps them.
 */
public final class AdviceService {

    private final Supplier<RuleSet> ruleSets;
    private final RuleEngine engine;
    private final EvaluationObserver observer;

    public AdviceService(Supplier<RuleSet> ruleSets, RuleEngine engine) {
        this(ruleSets, engine, EvaluationObserver.NONE);
    }

    public AdviceService(Supplier<RuleSet> ruleSets, RuleEngine engine, EvaluationObserver observer) {
        this.ruleSets = ruleSets;
        this.engine = engine;
        this.observer = observer;
    }

    public AdviceAnswer advise(AdviceRequest request, Presentation presentation) {
        return advise(ruleSets.get(), request, presentation);
    }

    /** With a given rule set, so that every case of a batch is answered by the same version. */
    public AdviceAnswer advise(RuleSet ruleSet, AdviceRequest request, Presentation presentation) {
        long start = System.nanoTime();
        Evaluation evaluation = engine.evaluate(ruleSet, request);
        Explanation explanation = Explaining.explain(ruleSet, evaluation, presentation.explain());
        AdviceRenderer renderer = new AdviceRenderer(ruleSet, presentation.language(),
                presentation.explain() ? explanation : null);
        AdviceAnswer answer = new AdviceAnswer(evaluation.rulesetVersion(), request.asOf().toString(),
                renderer.catalogue().language(), evaluation.figures(),
                evaluation.advice().stream().map(renderer::render).toList(), renderer.needs(explanation),
                presentation.explain() ? explanation.notFired().stream().map(Views.NotFiredView::of).toList() : null);
        observer.evaluated(EvaluationObserver.ADVICE, evaluation.rulesetVersion(), System.nanoTime() - start, evaluation.advice());
        return answer;
    }

    public RuleSet currentRuleSet() {
        return ruleSets.get();
    }
}
