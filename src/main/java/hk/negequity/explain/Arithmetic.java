package hk.negequity.explain;

import java.util.List;

/** The arithmetic conditions use ({@code 6 * $outgoings}); a missing operand makes the result missing. */
final class Arithmetic {

    private Arithmetic() {
    }

    static Value apply(String op, Value left, Value right) {
        if (left.isNull() || right.isNull()) {
            return Value.missing(Value.missingOfNull(left, right));
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
        return Value.workedFrom(result, List.of(left, right));
    }

    static Value negate(Value value) {
        if (value.isNull()) {
            return value;
        }
        return Value.workedFrom(-Comparisons.number(value.value()), List.of(value));
    }
}
