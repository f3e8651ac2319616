package hk.negequity.explain;

import java.util.Collections;
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
        return new Value(null, ordered(missing));
    }

    /** As {@link #missing}, for facts already unmodifiable and in their order: a set made once and shared. */
    static Value missingShared(Set<String> missing) {
        return new Value(null, missing);
    }

    /**
     * An unmodifiable copy in the order given (the order the rule's conditions name the facts), so that an
     * explanation lists them alike on every run: {@code Set.copyOf} iterates in an order that changes from one
     * start of the JVM to the next.
     */
    private static Set<String> ordered(Set<String> missing) {
        return switch (missing.size()) {
            case 0 -> Set.of();
            case 1 -> Set.of(missing.iterator().next());
            default -> Collections.unmodifiableSet(new LinkedHashSet<>(missing));
        };
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
