package hk.negequity.engine;

import hk.negequity.figures.Figures;
import hk.negequity.figures.FiguresCalculator;
import hk.negequity.model.AdviceRequest;
import hk.negequity.model.AsOf;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Evaluates a request against a rule set: figures first, then one stateless session over the request's
 * parts and the figures. Thread-safe: every evaluation has its own session and listener.
 */
public final class RuleEngine {

    /** Far above the few dozen firings a request needs; a loop in the rule files reaches it at once. */
    public static final int DEFAULT_FIRING_LIMIT = 1_000;

    private final int firingLimit;

    public RuleEngine(int firingLimit) {
        if (firingLimit < 1) {
            throw new IllegalArgumentException("firing limit must be positive");
        }
        this.firingLimit = firingLimit;
    }

    public RuleEngine() {
        this(DEFAULT_FIRING_LIMIT);
    }

    public Evaluation evaluate(RuleSet ruleSet, AdviceRequest request) {
        Figures figures = FiguresCalculator.compute(request);
        StatelessKieSession session = ruleSet.kieBase().newStatelessKieSession();
        EvaluationListener listener = new EvaluationListener(firingLimit);
        session.addEventListener((AgendaEventListener) listener);
        session.addEventListener((RuleRuntimeEventListener) listener);
        session.execute(List.of(request.property(), request.loan(), request.borrower(), request.scenario(),
                figures, new AsOf(request.asOf())));
        if (listener.exceeded()) {
            throw new FiringLimitExceededException(firingLimit, listener.lastFired());
        }
        List<Advice> advice = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        for (Object fact : listener.inserted()) {
            if (fact instanceof Advice item) {
                advice.add(item);
            } else {
                others.add(fact);
            }
        }
        advice.sort(Advice.PRIORITY);
        return new Evaluation(ruleSet.version(), request, figures, advice, others);
    }
}
