package hk.negequity.explain;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A value met while explaining a rule, with the borrower's facts whose absence left it null (by request
 * path), so that a condition that cannot be decided can say what to ask for.
 */
record Value(Object value, Set<String> missing) {

    static final Value NULL = new Value(null, Set.of());

    static Value of(Object value) {
        return new Value(value, Set.of());
    }

    static Value missing(Set<String> missing) {
        return new Value(null, Set.copyOf(missing));
    }

    boolean isNull() {
        return value == null;
    }

    /** Null because a fact is missing, rather than null by design. */
    boolean isUnknown() {
        return value == null && !missing.isEmpty();
    }

    static Set<String> union(Value a, Value b) {
        if (a.missing.isEmpty()) {
            return b.missing;
        }
        if (b.missing.isEmpty()) {
            return a.missing;
        }
        Set<String> all = new LinkedHashSet<>(a.missing);
        all.addAll(b.missing);
        return all;
    }
}
