package hk.negequity.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A part of a rule's left-hand side, as the explainer evaluates it. */
sealed interface Element {

    /** Elements as written, for an explanation: a pattern's own text, the others by kind. */
    static String textOf(List<Element> elements) {
        List<String> parts = new ArrayList<>();
        for (Element element : elements) {
            parts.add(element instanceof Pattern p ? p.text() + (p.from() != null ? " from " + p.from().text() : "")
                    : element.getClass().getSimpleName().toLowerCase(Locale.ROOT) + "(...)");
        }
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(" and ", parts) + ")";
    }

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
