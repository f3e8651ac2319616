package hk.negequity.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a rule condition ({@code ltvPct > 80}, {@code $d : agreementDate != null},
 * {@code scheme == Scheme.STAFF_LOAN || amount > $any.maxLoan($base)}) into an {@link Expr}. Anything
 * outside the supported subset is an {@link IllegalArgumentException} naming what was not understood.
 */
final class ExprParser {

    private final String source;
    private final List<String> tokens;
    private int next;

    private ExprParser(String source) {
        this.source = source;
        this.tokens = ExprTokens.split(source);
    }

    static Expr parse(String source) {
        ExprParser parser = new ExprParser(source);
        Expr expr = parser.binding();
        if (parser.next < parser.tokens.size()) {
            throw parser.error("unexpected '" + parser.tokens.get(parser.next) + "'");
        }
        return expr;
    }

    private Expr binding() {
        if (peek().startsWith("$") && ":".equals(peek(1))) {
            String variable = take();
            take();
            return new Expr.Binding(variable, or());
        }
        return or();
    }

    private Expr or() {
        Expr left = and();
        while (accept("||")) {
            left = new Expr.Binary("||", left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = comparison();
        while (accept("&&")) {
            left = new Expr.Binary("&&", left, comparison());
        }
        return left;
    }

    private Expr comparison() {
        Expr left = additive();
        String op = peek();
        if (List.of("==", "!=", "<", "<=", ">", ">=").contains(op)) {
            take();
            return new Expr.Binary(op, left, additive());
        }
        boolean negated = op.equals("not") && "in".equals(peek(1));
        if (op.equals("in") || negated) {
            take();
            if (negated) {
                take();
            }
            expect("(");
            List<Expr> choices = new ArrayList<>();
            do {
                choices.add(additive());
            } while (accept(","));
            expect(")");
            return new Expr.In(left, choices, negated);
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().equals("+") || peek().equals("-")) {
            left = new Expr.Binary(take(), left, multiplicative());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().equals("*") || peek().equals("/")) {
            left = new Expr.Binary(take(), left, unary());
        }
        return left;
    }

    private Expr unary() {
        if (peek().equals("-") || peek().equals("!")) {
            return new Expr.Unary(take(), unary());
        }
        return postfix(primary());
    }

    private Expr primary() {
        String token = take();
        if (token.equals("(")) {
            Expr inner = or();
            expect(")");
            return inner;
        }
        if (token.startsWith("\"")) {
            return new Expr.Literal(token.substring(1, token.length() - 1), token);
        }
        if (Character.isDigit(token.charAt(0))) {
            return new Expr.Literal(new BigDecimal(token.replace("_", "")), token);
        }
        switch (token) {
            case "null" -> {
                return new Expr.Literal(null, token);
            }
            case "true", "false" -> {
                return new Expr.Literal(Boolean.valueOf(token), token);
            }
            default -> {
                if (!Character.isJavaIdentifierStart(token.charAt(0))) {
                    throw error("unexpected '" + token + "'");
                }
                if (peek().equals("(")) {
                    return new Expr.Call(null, token, arguments());
                }
                return new Expr.Name(token);
            }
        }
    }

    private Expr postfix(Expr target) {
        Expr expr = target;
        while (accept(".")) {
            String name = take();
            expr = peek().equals("(") ? new Expr.Call(expr, name, arguments()) : new Expr.Member(expr, name);
        }
        return expr;
    }

    private List<Expr> arguments() {
        expect("(");
        List<Expr> args = new ArrayList<>();
        if (!accept(")")) {
            do {
                args.add(or());
            } while (accept(","));
            expect(")");
        }
        return args;
    }

    private String peek() {
        return peek(0);
    }

    private String peek(int ahead) {
        return next + ahead < tokens.size() ? tokens.get(next + ahead) : "";
    }

    private String take() {
        if (next >= tokens.size()) {
            throw error("the condition ends too soon");
        }
        return tokens.get(next++);
    }

    private boolean accept(String token) {
        if (peek().equals(token)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw error("expected '" + token + "'");
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " in '" + source + "'");
    }
}
