package hk.negequity.explain;

import java.util.List;

/**
 * The expressions rule conditions are written in, as far as explanations need them: literals, names
 * (fields, {@code $bindings}, enum types), member access and calls, arithmetic, comparisons, {@code in},
 * {@code &&}, {@code ||} and {@code !}.
 */
sealed interface Expr {

    /** The expression as written, for showing in an explanation. */
    String text();

    record Literal(Object value, String text) implements Expr {
    }

    record Name(String name) implements Expr {

        public String text() {
            return name;
        }
    }

    record Member(Expr target, String name) implements Expr {

        public String text() {
            return target.text() + "." + name;
        }
    }

    record Call(Expr target, String method, List<Expr> args) implements Expr {

        public String text() {
            return (target == null ? "" : target.text() + ".") + method + "("
                    + String.join(", ", args.stream().map(Expr::text).toList()) + ")";
        }
    }

    record Unary(String op, Expr operand) implements Expr {

        public String text() {
            return op + operand.text();
        }
    }

    record Binary(String op, Expr left, Expr right) implements Expr {

        /** Written as the rule writes it: an operand that binds more loosely than this operator keeps its brackets. */
        public String text() {
            int own = precedence(op);
            boolean wrapLeft = left instanceof Binary l && precedence(l.op) < own;
            boolean wrapRight = right instanceof Binary r && (precedence(r.op) < own
                    || precedence(r.op) == own && !(r.op.equals(op) && (op.equals("&&") || op.equals("||"))));
            return (wrapLeft ? "( " + left.text() + " )" : left.text()) + " " + op + " "
                    + (wrapRight ? "( " + right.text() + " )" : right.text());
        }

        private static int precedence(String op) {
            return switch (op) {
                case "||" -> 1;
                case "&&" -> 2;
                case "==", "!=", "<", "<=", ">", ">=" -> 3;
                case "+", "-" -> 4;
                default -> 5;
            };
        }

        boolean isComparison() {
            return switch (op) {
                case "==", "!=", "<", "<=", ">", ">=" -> true;
                default -> false;
            };
        }

        boolean isLogical() {
            return op.equals("&&") || op.equals("||");
        }
    }

    record In(Expr operand, List<Expr> choices, boolean negated) implements Expr {

        public String text() {
            return operand.text() + (negated ? " not in (" : " in (")
                    + String.join(", ", choices.stream().map(Expr::text).toList()) + ")";
        }
    }

    /** {@code $name : expr}: binds {@code $name} to the field the expression starts from. */
    record Binding(String variable, Expr expr) implements Expr {

        public String text() {
            return variable + " : " + expr.text();
        }

        /** In {@code $d : agreementDate != null}, {@code $d} is bound to {@code agreementDate}. */
        Expr field() {
            return expr instanceof Binary binary && binary.isComparison() ? binary.left() : expr;
        }

        /** Whether the expression also constrains the fact ({@code != null} above), beside binding it. */
        boolean isCondition() {
            return expr instanceof Binary binary && (binary.isComparison() || binary.isLogical())
                    || expr instanceof In || expr instanceof Unary unary && unary.op().equals("!");
        }
    }
}
