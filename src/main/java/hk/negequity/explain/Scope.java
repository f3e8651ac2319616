package hk.negequity.explain;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where a condition is evaluated: the fact its pattern matched, and the variables bound so far. The variables
 * are a chain, newest first, that a scope made {@link #on} another extends without copying: a replay makes a
 * scope for every candidate fact of every pattern, and a map copied for each was a twentieth of an answer's
 * allocation.
 */
final class Scope {

    /** One bound variable, and those bound before it. */
    private record Bound(String variable, Value value, Bound before) {
    }

    final Object fact;
    final String type;
    private Bound bindings;

    private Scope(Object fact, String type, Bound bindings) {
        this.fact = fact;
        this.type = type;
        this.bindings = bindings;
    }

    static Scope empty() {
        return new Scope(null, null, null);
    }

    /** A scope on another fact, with the variables bound here; what it binds stays its own. */
    Scope on(Object fact, String type) {
        return new Scope(fact, type, bindings);
    }

    /** The value last bound to {@code variable}, or null if none is. */
    Value bound(String variable) {
        for (Bound bound = bindings; bound != null; bound = bound.before()) {
            if (bound.variable().equals(variable)) {
                return bound.value();
            }
        }
        return null;
    }

    void bind(String variable, Value value) {
        bindings = new Bound(variable, value, bindings);
    }

    /** Takes on what {@code inner}, a scope made {@link #on} this one, has bound since. */
    void bindAll(Scope inner) {
        for (Bound bound = inner.bindings; bound != null; bound = bound.before()) {
            if (bound == bindings) {
                // Nothing was bound here since inner was made: its chain already ends in this one's.
                bindings = inner.bindings;
                return;
            }
        }
        if (bindings == null) {
            bindings = inner.bindings;
            return;
        }
        Deque<Bound> added = new ArrayDeque<>();
        for (Bound bound = inner.bindings; bound != null; bound = bound.before()) {
            added.push(bound);
        }
        while (!added.isEmpty()) {
            Bound bound = added.pop();
            bind(bound.variable(), bound.value());
        }
    }

    /** Binds every variable {@code pattern} names, the fact's and its fields', to {@code unknown}. */
    void bindUnknown(Element.Pattern pattern, Value unknown) {
        if (pattern.binding() != null) {
            bind(pattern.binding(), unknown);
        }
        for (Expr constraint : pattern.constraints()) {
            if (constraint instanceof Expr.Binding binding) {
                bind(binding.variable(), unknown);
            }
        }
    }

    /** Binds the variables of {@code pattern}'s fields as {@code matched}, a scope made on one of its facts, has them. */
    void bindFieldsAsIn(Element.Pattern pattern, Scope matched) {
        for (Expr constraint : pattern.constraints()) {
            if (constraint instanceof Expr.Binding binding) {
                bind(binding.variable(), matched.bound(binding.variable()));
            }
        }
    }
}
