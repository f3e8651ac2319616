package hk.negequity.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * One evaluation's observer: collects the facts the rules insert, and halts the session once more rules
 * have fired than the limit allows. A new one for every evaluation, so no state is shared.
 */
final class EvaluationListener extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private static final int RULES_REMEMBERED = 5;

    private final int limit;
    private final List<Object> inserted = new ArrayList<>();
    private final java.util.Map<String, Integer> firedAt = new java.util.HashMap<>();
    private final Deque<String> lastFired = new ArrayDeque<>(RULES_REMEMBERED);
    private int fired;
    private boolean exceeded;
    /** The rule whose consequence runs now: the one to name if it fails. */
    private String firing;

    EvaluationListener(int limit) {
        this.limit = limit;
    }

    /** Remembers how many facts the rules had inserted when each rule first fired: what it saw. */
    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule().getName();
        firedAt.putIfAbsent(firing, inserted.size());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
        fired++;
        String name = event.getMatch().getRule().getName();
        if (lastFired.size() == RULES_REMEMBERED) {
            lastFired.removeFirst();
        }
        lastFired.addLast(name);
        if (fired > limit && !exceeded) {
            exceeded = true;
            event.getKieRuntime().halt();
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            inserted.add(event.getObject());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Rules never modify facts; nothing to record.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        inserted.remove(event.getOldObject());
    }

    /** The rule being fired, or null between firings. */
    String firing() {
        return firing;
    }

    List<Object> inserted() {
        return inserted;
    }

    /** For each rule that fired, how many of the inserted facts existed when it fired. */
    java.util.Map<String, Integer> firedAt() {
        return firedAt;
    }

    boolean exceeded() {
        return exceeded;
    }

    List<String> lastFired() {
        return List.copyOf(lastFired);
    }
}
