package hk.negequity.explain;

import java.math.BigDecimal;
import java.util.Set;

/** Builds a {@link Condition} from an evaluated constraint: which fact, its value, the operator and threshold. */
final class Conditions {

    private Conditions() {
    }

    static Condition of(RuleModel rule, Element.Pattern pattern, Expr condition, Evaluator.Outcome outcome,
                        Evaluator evaluator, Scope scope) {
        String fact = null;
        Object value = null;
        String operator = null;
        Object threshold = null;
        String shown = outcome.shown();
        if (condition instanceof Expr.Call call && isFromADay(call)) {
            // A measure in force from a day (AsOf, AgreementDate): shown as the fact's date against that day.
            operator = ">=";
            value = plain(evaluator.value(new Expr.Name("date"), scope).value());
            threshold = ((Expr.Literal) call.args().get(0)).value();
            fact = EvaluationFacts.pathOf(pattern.type(), "date");
            shown = "date " + Format.show(value) + " >= " + threshold;
        } else if (condition instanceof Expr.Binary binary && binary.isComparison()) {
            operator = binary.op();
            value = evaluator.value(binary.left(), scope).value();
            threshold = plain(evaluator.value(binary.right(), scope).value());
            if (binary.left() instanceof Expr.Name name && !name.name().startsWith("$")) {
                fact = EvaluationFacts.pathOf(pattern.type(), name.name());
            }
        }
        return new Condition(condition.text(), fact, plain(value), operator, threshold, outcome.truth(),
                shown, rule.file(), pattern.line(), outcome.truth() == Truth.UNKNOWN ? outcome.missing()
                : Set.of());
    }

    /** {@code onOrAfter("YYYY-MM-DD")} on the fact itself: the way a rule names the day a measure takes effect. */
    private static boolean isFromADay(Expr.Call call) {
        return call.target() == null && call.method().equals("onOrAfter") && call.args().size() == 1
                && call.args().get(0) instanceof Expr.Literal day && day.value() instanceof String;
    }

    /**
     * The condition without its text or values: what {@code needs} reads (its truth and the facts it waits
     * for). The text is left out too: it is built anew on every call, and no bare replay shows it.
     */
    static Condition bare(RuleModel rule, Element.Pattern pattern, Evaluator.Outcome outcome) {
        return withoutValues(rule, null, outcome.truth(), null, pattern.line(), outcome.missing());
    }

    /**
     * A condition with no single fact compared (an existence test, or one shown without values): the missing
     * facts are kept only where they left it undecided.
     */
    static Condition withoutValues(RuleModel rule, String text, Truth truth, String shown, int line,
                                   Set<String> missing) {
        return new Condition(text, null, null, null, null, truth, shown, rule.file(), line,
                truth == Truth.UNKNOWN ? missing : Set.of());
    }

    /** Rule literals are BigDecimal; answers show them as plain numbers, enums by name. */
    private static Object plain(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().scale() <= 0 ? (Object) decimal.longValue() : decimal.doubleValue();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof java.time.LocalDate date) {
            return date.toString();
        }
        return value;
    }
}
