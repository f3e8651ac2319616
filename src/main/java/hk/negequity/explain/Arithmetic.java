package hk.negequity.explain;

/** The arithmetic conditions use ({@code 6 * $outgoings}); a missing operand makes the result missing. */
final class Arithmetic {

    private Arithmetic() {
    }

    static Value apply(String op, Value left, Value right) {
        if (left.isNull() || right.isNull()) {
            return Value.missing(Value.union(left, right));
        }
        double a = Comparisons.number(left.value());
        double b = Comparisons.number(right.value());
        return Value.of(switch (op) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/" -> a / b;
            default -> throw new IllegalArgumentException("not arithmetic: " + op);
        });
    }

    static Value negate(Value value) {
        return value.isNull() ? value : Value.of(-Comparisons.number(value.value()));
    }
}
