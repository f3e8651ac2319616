package hk.negequity.explain;

import hk.negequity.figures.StandIns;

/** The arithmetic conditions use ({@code 6 * $outgoings}); a missing operand makes the result missing. */
final class Arithmetic {

    private Arithmetic() {
    }

    static Value apply(String op, Value left, Value right) {
        if (left.isNull() || right.isNull()) {
            return Value.missing(Value.union(left.isNull() ? left : Value.NULL, right.isNull() ? right : Value.NULL));
        }
        double a = Comparisons.number(left.value());
        double b = Comparisons.number(right.value());
        Object result = switch (op) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/" -> a / b;
            default -> throw new IllegalArgumentException("not arithmetic: " + op);
        };
        // A sum or product of a stand-in moves with it, though not always its way: either way, to be safe.
        Value standingIn = left.standsIn() ? left : right.standsIn() ? right : null;
        return standingIn == null ? Value.of(result) : eitherWay(result, standingIn);
    }

    static Value negate(Value value) {
        if (value.isNull()) {
            return value;
        }
        double negated = -Comparisons.number(value.value());
        return value.standsIn() ? eitherWay(negated, value) : Value.of(negated);
    }

    /** {@code result}, waiting for the facts {@code standingIn} waits for, any of which could move it either way. */
    static Value eitherWay(Object result, Value standingIn) {
        java.util.Map<String, StandIns.Way> ways = new java.util.LinkedHashMap<>();
        standingIn.ways().keySet().forEach(fact -> ways.put(fact, StandIns.Way.EITHER));
        return Value.standingIn(result, new StandIns.StandIn(java.util.Collections.unmodifiableMap(ways)));
    }
}
