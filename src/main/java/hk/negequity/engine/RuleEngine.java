package hk.negequity.engine;

import hk.negequity.facts.Advice;
import hk.negequity.figures.Figures;
import hk.negequity.figures.FiguresCalculator;
import hk.negequity.model.AdviceRequest;
import hk.negequity.facts.PreApproval;
import hk.negequity.model.AsOf;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Evaluates a request against a rule set: figures first, then one stateless session over the request's
 * parts and the figures. Thread-safe: every evaluation has its own stateless session (drawn from the rule
 * set's pool, which resets it) and its own listener; nothing is shared but the immutable rule base.
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

    /** Why the facts are evaluated: advice for a borrower, or a broker's pre-approval with a verdict. */
    public enum Purpose { ADVICE, PRE_APPROVAL }

    public Evaluation evaluate(RuleSet ruleSet, AdviceRequest request) {
        return evaluate(ruleSet, request, Purpose.ADVICE);
    }

    public Evaluation evaluate(RuleSet ruleSet, AdviceRequest request, Purpose purpose) {
        Figures figures = FiguresCalculator.compute(request);
        EvaluationListener listener = new EvaluationListener(firingLimit);
        List<Object> facts = inputFacts(request, figures, purpose);
        try (SessionPool.Lease lease = ruleSet.sessions().lease()) {
            StatelessKieSession session = lease.session();
            if (ruleSet.usesPolicyGlobal()) {
                session.setGlobal(RuleSet.POLICY_GLOBAL, ruleSet.policy());
            }
            session.addEventListener((AgendaEventListener) listener);
            session.addEventListener((RuleRuntimeEventListener) listener);
            session.execute(facts);
        } catch (RuntimeException | StackOverflowError e) {
            throw RuleFailedException.of(listener.firing(), e);
        }
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
        return new Evaluation(ruleSet.version(), request, figures, advice, others, facts, listener.inserted(),
                listener.firedAt(), purpose);
    }

    /** What the session is handed: the request's parts, its figures, the day, and for a broker a marker. */
    public static List<Object> inputFacts(AdviceRequest request, Figures figures, Purpose purpose) {
        List<Object> facts = new ArrayList<>(8);
        facts.add(request.property());
        facts.add(request.loan());
        facts.add(request.borrower());
        facts.add(request.scenario());
        facts.add(figures);
        facts.add(new AsOf(request.asOf()));
        if (purpose == Purpose.PRE_APPROVAL) {
            facts.add(new PreApproval());
        }
        return facts;
    }
}
