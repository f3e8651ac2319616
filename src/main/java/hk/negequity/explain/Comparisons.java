package hk.negequity.explain;

import java.math.BigDecimal;

/**
 * Comparison as Drools does it, in three values: with a null operand, {@code ==} and the orderings are
 * UNKNOWN (Drools: false), {@code !=} is true unless both are null, and {@code x == null} is decided.
 */
final class Comparisons {

    private Comparisons() {
    }

    static Truth compare(String op, Object left, Object right) {
        if (left == null || right == null) {
            return withNull(op, left == null, right == null);
        }
        if (left instanceof Number || right instanceof Number) {
            if (!(left instanceof Number a) || !(right instanceof Number b)) {
                return Truth.of(op.equals("!="));
            }
            int order = Double.compare(a.doubleValue(), b.doubleValue());
            if (a.doubleValue() == b.doubleValue()) {
                order = 0;
            }
            return ordered(op, order);
        }
        if (op.equals("==") || op.equals("!=")) {
            boolean equal = left.equals(right) || (left instanceof Enum<?> e && e.name().equals(right))
                    || (right instanceof Enum<?> e2 && e2.name().equals(left));
            return Truth.of(equal == op.equals("=="));
        }
        if (left instanceof Comparable<?> && left.getClass().isInstance(right)) {
            @SuppressWarnings("unchecked")
            int order = ((Comparable<Object>) left).compareTo(right);
            return ordered(op, order);
        }
        throw new IllegalArgumentException("cannot compare " + left.getClass().getSimpleName() + " with "
                + right.getClass().getSimpleName());
    }

    private static Truth withNull(String op, boolean leftNull, boolean rightNull) {
        if (!op.equals("==") && !op.equals("!=")) {
            return Truth.UNKNOWN;
        }
        if (leftNull && rightNull) {
            // "x == null" holds; "x != null" with x missing waits for the fact.
            return op.equals("==") ? Truth.TRUE : Truth.UNKNOWN;
        }
        if (rightNull) {
            // "x == null" / "x != null" with x given.
            return Truth.of(op.equals("!="));
        }
        // A missing fact compared with a value: "x != false" holds, as in Drools; "x == 0" waits for the fact.
        return op.equals("!=") ? Truth.TRUE : Truth.UNKNOWN;
    }

    private static Truth ordered(String op, int order) {
        return Truth.of(switch (op) {
            case "==" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            case ">=" -> order >= 0;
            default -> throw new IllegalArgumentException("not a comparison: " + op);
        });
    }

    static double number(Object value) {
        return value instanceof BigDecimal decimal ? decimal.doubleValue() : ((Number) value).doubleValue();
    }
}
