package hk.negequity.explain;

import hk.negequity.figures.StandIns;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A value met while explaining a rule, with the borrower's facts whose absence left it null (by request
 * path), so that a condition that cannot be decided can say what to ask for. A figure worked out from what stands in
 * for a fact not given (the lending base from the price alone) has a value, and those facts as {@code missing}, with
 * the way they could move it: a condition it fails may yet hold once they are given.
 */
record Value(Object value, Set<String> missing, Map<String, StandIns.Way> ways) {

    static final Value NULL = new Value(null, Set.of(), null);

    static Value of(Object value) {
        return new Value(value, Set.of(), null);
    }

    static Value missing(Set<String> missing) {
        return new Value(null, ordered(missing), null);
    }

    /** As {@link #missing}, for facts already unmodifiable and in their order: a set made once and shared. */
    static Value missingShared(Set<String> missing) {
        return new Value(null, missing, null);
    }

    /** A figure worked out without the facts of {@code standIn}, which could still move it. */
    static Value standingIn(Object value, StandIns.StandIn standIn) {
        return new Value(value, standIn.notGiven(), standIn.ways());
    }

    /**
     * {@code result} worked from {@code operands} (a sum, a method's answer): a number waiting for every fact any of
     * them stands in for, each of which could move it either way; otherwise the result alone.
     */
    static Value workedFrom(Object result, List<Value> operands) {
        Map<String, StandIns.Way> ways = new LinkedHashMap<>();
        for (Value operand : operands) {
            if (operand.standsIn()) {
                operand.ways().keySet().forEach(fact -> ways.put(fact, StandIns.Way.EITHER));
            }
        }
        return ways.isEmpty() || !(result instanceof Number) ? of(result)
                : standingIn(result, new StandIns.StandIn(Collections.unmodifiableMap(ways)));
    }

    /** Worked out from what stands in for a fact not given: known, but not settled. */
    boolean standsIn() {
        return value != null && ways != null;
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

    /** The facts the null ones of {@code a} and {@code b} wait for: a stand-in's, being known, are not missing. */
    static Set<String> missingOfNull(Value a, Value b) {
        return union(a.isNull() ? a : NULL, b.isNull() ? b : NULL);
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
