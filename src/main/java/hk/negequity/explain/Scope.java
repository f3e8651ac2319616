package hk.negequity.explain;

import java.util.HashMap;
import java.util.Map;

/** Where a condition is evaluated: the fact its pattern matched, and the variables bound so far. */
final class Scope {

    final Object fact;
    final String type;
    final Map<String, Value> bindings;

    Scope(Object fact, String type, Map<String, Value> bindings) {
        this.fact = fact;
        this.type = type;
        this.bindings = bindings;
    }

    static Scope empty() {
        return new Scope(null, null, new HashMap<>());
    }

    Scope on(Object fact, String type) {
        return new Scope(fact, type, new HashMap<>(bindings));
    }
}
