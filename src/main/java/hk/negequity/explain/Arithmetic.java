package hk.negequity.explain;

import hk.negequity.figures.StandIns;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return eitherWay(result, List.of(left, right));
    }

    static Value negate(Value value) {
        if (value.isNull()) {
            return value;
        }
        return eitherWay(-Comparisons.number(value.value()), List.of(value));
    }

    /**
     * {@code result} worked from {@code operands}: a number waiting for every fact any of them stands in for, each
     * of which could move it either way; otherwise the result alone.
     */
    static Value eitherWay(Object result, List<Value> operands) {
        Map<String, StandIns.Way> ways = new LinkedHashMap<>();
        for (Value operand : operands) {
            if (operand.standsIn()) {
                operand.ways().keySet().forEach(fact -> ways.put(fact, StandIns.Way.EITHER));
            }
        }
        return ways.isEmpty() || !(result instanceof Number) ? Value.of(result)
                : Value.standingIn(result, new StandIns.StandIn(Collections.unmodifiableMap(ways)));
    }
}
