package hk.negequity.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
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
    private final Deque<String> lastFired = new ArrayDeque<>(RULES_REMEMBERED);
    private int fired;
    private boolean exceeded;

    EvaluationListener(int limit) {
        this.limit = limit;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        fired++;
        if (lastFired.size() == RULES_REMEMBERED) {
            lastFired.removeFirst();
        }
        lastFired.addLast(event.getMatch().getRule().getName());
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

    List<Object> inserted() {
        return inserted;
    }

    boolean exceeded() {
        return exceeded;
    }

    List<String> lastFired() {
        return List.copyOf(lastFired);
    }
}
