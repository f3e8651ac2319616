package hk.negequity.explain;

import java.util.List;

/** A part of a rule's left-hand side, as the explainer evaluates it. */
sealed interface Element {

    /**
     * {@code Type(constraints)}, possibly {@code from} an expression or {@code from collect(...)}.
     *
     * @param binding the pattern's own {@code $name :}, or null
     */
    record Pattern(String type, String binding, List<Expr> constraints, Expr from, Pattern collectOf, int line,
                   String text) implements Element {
    }

    record Not(List<Element> children, int line) implements Element {
    }

    record Exists(List<Element> children, int line) implements Element {
    }

    record And(List<Element> children, int line) implements Element {
    }

    record Or(List<Element> children, int line) implements Element {
    }
}
