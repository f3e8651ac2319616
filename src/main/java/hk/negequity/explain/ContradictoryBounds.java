package hk.negequity.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two constant bounds on one field of one pattern that no value meets ({@code ltvPct > 80, ltvPct < 9}): a
 * threshold mistyped in a way the compiler accepts, which leaves the pattern unmatchable. Only comparisons of a
 * field with a number, joined by commas or {@code &&}, are read; anything else decides nothing here.
 */
public final class ContradictoryBounds {

    /**
     * @param line    the line of the pattern
     * @param first   the bound written first, as written
     * @param second  the bound that contradicts it
     * @param negated whether the pattern is under a {@code not} (an odd number of them), which then always holds
     */
    public record Contradiction(int line, String first, String second, boolean negated) {
    }

    /** A bound on a field: the value, whether it is strict, and the text it came from. */
    private record Bound(BigDecimal value, boolean strict, String text) {
    }

    private ContradictoryBounds() {
    }

    public static List<Contradiction> of(RuleModel rule) {
        List<Contradiction> found = new ArrayList<>();
        Element.forEachPattern(rule.lhs(), false, (pattern, negated) -> {
            check(pattern, negated, found);
            if (pattern.collectOf() != null) {
                check(pattern.collectOf(), negated, found);
            }
        });
        return found;
    }

    private static void check(Element.Pattern pattern, boolean negated, List<Contradiction> found) {
        Map<String, Bound> lower = new HashMap<>();
        Map<String, Bound> upper = new HashMap<>();
        List<Expr.Binary> comparisons = new ArrayList<>();
        for (Expr constraint : pattern.constraints()) {
            conjuncts(constraint instanceof Expr.Binding binding ? binding.expr() : constraint, comparisons);
        }
        for (Expr.Binary comparison : comparisons) {
            boolean fieldLeft = comparison.left() instanceof Expr.Name && number(comparison.right()) != null;
            boolean fieldRight = comparison.right() instanceof Expr.Name && number(comparison.left()) != null;
            if (!fieldLeft && !fieldRight) {
                continue;
            }
            String field = ((Expr.Name) (fieldLeft ? comparison.left() : comparison.right())).name();
            BigDecimal value = number(fieldLeft ? comparison.right() : comparison.left());
            String op = fieldLeft ? comparison.op() : mirrored(comparison.op());
            String text = comparison.text();
            if (op.equals(">") || op.equals(">=") || op.equals("==")) {
                tighter(lower, field, new Bound(value, op.equals(">"), text), true);
            }
            if (op.equals("<") || op.equals("<=") || op.equals("==")) {
                tighter(upper, field, new Bound(value, op.equals("<"), text), false);
            }
            Bound from = lower.get(field);
            Bound to = upper.get(field);
            if (from != null && to != null && (from.value().compareTo(to.value()) > 0
                    || from.value().compareTo(to.value()) == 0 && (from.strict() || to.strict()))) {
                String other = from.text().equals(text) ? to.text() : from.text();
                found.add(new Contradiction(pattern.line(), other, text, negated));
                return;
            }
        }
    }

    private static void conjuncts(Expr expr, List<Expr.Binary> comparisons) {
        if (expr instanceof Expr.Binary binary && binary.op().equals("&&")) {
            conjuncts(binary.left(), comparisons);
            conjuncts(binary.right(), comparisons);
        } else if (expr instanceof Expr.Binary binary && binary.isComparison() && !binary.op().equals("!=")) {
            comparisons.add(binary);
        }
    }

    private static void tighter(Map<String, Bound> bounds, String field, Bound bound, boolean fromBelow) {
        Bound known = bounds.get(field);
        int order = known == null ? 1 : bound.value().compareTo(known.value()) * (fromBelow ? 1 : -1);
        if (order > 0 || order == 0 && bound.strict() && !known.strict()) {
            bounds.put(field, bound);
        }
    }

    private static BigDecimal number(Expr expr) {
        if (expr instanceof Expr.Literal literal && literal.value() instanceof BigDecimal value) {
            return value;
        }
        if (expr instanceof Expr.Unary unary && unary.op().equals("-") && number(unary.operand()) != null) {
            return number(unary.operand()).negate();
        }
        return null;
    }

    /** {@code 80 < ltvPct} read as {@code ltvPct > 80}. */
    private static String mirrored(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }
}
