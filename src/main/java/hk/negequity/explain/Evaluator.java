package hk.negequity.explain;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates rule conditions the way Drools does, but in three values: a comparison with a fact the
 * borrower did not give is UNKNOWN rather than false, and remembers which fact that was.
 */
final class Evaluator {

    private final EvaluationFacts facts;
    private final Map<String, String> imports;
    private final boolean describing;
    private final RuleModels models;

    /**
     * @param describing whether outcomes are shown with their values; only a full explanation shows them
     * @param models     the rules, for what a fact they insert depends on
     */
    Evaluator(EvaluationFacts facts, Map<String, String> imports, boolean describing, RuleModels models) {
        this.facts = facts;
        this.imports = imports;
        this.describing = describing;
        this.models = models;
    }

    /** A condition's outcome, shown with its values. */
    record Outcome(Truth truth, String shown, Set<String> missing) {
    }

    Outcome truth(Expr expr, Scope scope) {
        if (expr instanceof Expr.Binary binary && binary.isLogical()) {
            Outcome left = truth(binary.left(), scope);
            Outcome right = truth(binary.right(), scope);
            Truth truth = binary.op().equals("&&") ? left.truth().and(right.truth()) : left.truth().or(right.truth());
            return new Outcome(truth, describing ? left.shown() + " " + binary.op() + " " + right.shown() : null,
                    Value.union(Value.missingShared(left.missing()), Value.missingShared(right.missing())));
        }
        if (expr instanceof Expr.Unary unary && unary.op().equals("!")) {
            Outcome inner = truth(unary.operand(), scope);
            return new Outcome(inner.truth().not(), describing ? "!(" + inner.shown() + ")" : null, inner.missing());
        }
        if (expr instanceof Expr.Binary binary && binary.isComparison()) {
            Value left = value(binary.left(), scope);
            Value right = value(binary.right(), scope);
            Truth truth = Comparisons.compare(binary.op(), left.value(), right.value());
            Set<String> missing = truth == Truth.UNKNOWN ? Value.missingOfNull(left, right) : Set.of();
            if (truth == Truth.FALSE && (left.standsIn() || right.standsIn())) {
                // Worked from a stand-in, it fails as things stand; a fact that could move it the way it needs waits.
                missing = StandInComparisons.factsThatCouldMakeItHold(binary.op(), left, right);
                truth = missing.isEmpty() ? Truth.FALSE : Truth.UNKNOWN;
            }
            return new Outcome(decided(truth, missing), describing ? shown(binary, left, right) : null, missing);
        }
        if (expr instanceof Expr.In in) {
            Value operand = value(in.operand(), scope);
            if (operand.isNull()) {
                // A null that waits for no fact is in no list: Drools holds "not in" true of it.
                Truth truth = operand.missing().isEmpty() ? Truth.of(in.negated()) : Truth.UNKNOWN;
                return new Outcome(truth, describing ? in.text() : null, operand.missing());
            }
            boolean found = false;
            for (Expr choice : in.choices()) {
                found |= Comparisons.compare("==", operand.value(), value(choice, scope).value()) == Truth.TRUE;
            }
            return new Outcome(Truth.of(found != in.negated()), describing ? in.operand().text() + " "
                    + Format.show(operand.value()) + (in.negated() ? " not in " : " in ") + "(" + String.join(", ",
                    in.choices().stream().map(Expr::text).toList()) + ")" : null, Set.of());
        }
        Value value = value(expr, scope);
        if (value.value() instanceof Boolean holds) {
            return new Outcome(Truth.of(holds), describing ? expr.text() + " " + holds : null, Set.of());
        }
        return new Outcome(decided(Truth.UNKNOWN, value.missing()), describing ? expr.text() : null, value.missing());
    }

    /**
     * A value that is null with no fact missing is a figure the facts given cannot make (a DSR on no income): the
     * condition is false, as Drools holds it, and no fact the borrower could add would decide it.
     */
    private static Truth decided(Truth truth, Set<String> missing) {
        return truth == Truth.UNKNOWN && missing.isEmpty() ? Truth.FALSE : truth;
    }

    Value value(Expr expr, Scope scope) {
        if (expr instanceof Expr.Literal literal) {
            return Value.of(literal.value());
        }
        if (expr instanceof Expr.Name name) {
            return name(name.name(), scope);
        }
        if (expr instanceof Expr.Member member) {
            return member(member, scope);
        }
        if (expr instanceof Expr.Call call) {
            return call(call, scope);
        }
        if (expr instanceof Expr.Binding binding) {
            return value(binding.expr(), scope);
        }
        if (expr instanceof Expr.Unary unary && unary.op().equals("-")) {
            return Arithmetic.negate(value(unary.operand(), scope));
        }
        if (expr instanceof Expr.Binary binary && !binary.isComparison() && !binary.isLogical()) {
            return Arithmetic.apply(binary.op(), value(binary.left(), scope), value(binary.right(), scope));
        }
        return Value.of(truth(expr, scope).truth() == Truth.TRUE);
    }

    private Value name(String name, Scope scope) {
        if (name.startsWith("$")) {
            Value bound = scope.bound(name);
            if (bound == null) {
                throw new IllegalArgumentException("no variable " + name + " is bound before it is used");
            }
            return bound;
        }
        if (name.equals("this")) {
            return Value.of(scope.fact);
        }
        if (Character.isUpperCase(name.charAt(0)) && imports.containsKey(name)) {
            return Value.of(TypeName.of(imports.get(name)));
        }
        Method reader = Accessors.readerOf(scope.fact, name);
        if (reader != null) {
            Object value = Accessors.read(scope.fact, reader);
            if (value == null) {
                return Value.missingShared(facts.missingFor(scope.type, name));
            }
            return facts.valueOf(scope.type, name, value, models);
        }
        if (facts.hasGlobal(name)) {
            return Value.of(facts.global(name));
        }
        if (imports.containsKey(name)) {
            return Value.of(TypeName.of(imports.get(name)));
        }
        throw new IllegalArgumentException("unknown name '" + name + "'");
    }

    private Value member(Expr.Member member, Scope scope) {
        Value target = value(member.target(), scope);
        if (target.value() instanceof TypeName type) {
            return Value.of(type.constant(member.name()));
        }
        if (target.isNull()) {
            return target;
        }
        // A field of a fact bound earlier ($limit.maxLoan) may rest on a stand-in as the fact's own fields do.
        Object value = Accessors.read(target.value(), member.name());
        return facts.valueOf(target.value().getClass().getSimpleName(), member.name(), value, models);
    }

    private Value call(Expr.Call call, Scope scope) {
        Value target = call.target() == null ? Value.of(scope.fact) : value(call.target(), scope);
        if (target.isNull()) {
            return target;
        }
        List<Object> args = new ArrayList<>();
        Set<String> missing = Set.of();
        List<Value> standingIn = new ArrayList<>(List.of(target));
        for (Expr arg : call.args()) {
            Value value = value(arg, scope);
            missing = Value.union(Value.missingShared(missing), value);
            args.add(value.value());
            standingIn.add(value);
        }
        try {
            Object result = Accessors.call(target.value(), call.method(), args.toArray());
            // Nothing found for a missing fact (policy.ltvBands(regime, use) without the use) is not a "no":
            // the lookup waits for that fact. What a method does find with it missing stands.
            if (!missing.isEmpty() && (result == null || result instanceof Collection<?> found
                    && found.isEmpty())) {
                return Value.missing(missing);
            }
            // Worked from a stand-in ($selfUse.maxLoan($base) on the price alone), the result may move either way;
            // a fact's own accessor ($limit.maxLoan()) reads as its field does.
            Value worked = Value.workedFrom(result, standingIn);
            return worked.standsIn() || !call.args().isEmpty() ? worked
                    : facts.valueOf(target.value().getClass().getSimpleName(), call.method(), result, models);
        } catch (IllegalStateException e) {
            // A method that cannot take a missing fact (a null for a number) waits for that fact, as Drools would
            // not match; any other failure is a real one.
            if (args.contains(null)) {
                return Value.missing(missing);
            }
            throw e;
        }
    }

    /** {@code ltvPct 90.0 > 80}: the left side with its value, the operator, and the right side's value. */
    private static String shown(Expr.Binary comparison, Value left, Value right) {
        boolean literal = comparison.right() instanceof Expr.Literal;
        String[] sides = Format.showApart(left.value(), right.value(), literal ? comparison.right().text() : null);
        return comparison.left().text() + " " + sides[0] + " " + comparison.op() + " " + sides[1];
    }
}
