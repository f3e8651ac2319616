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

    /** Each pattern among {@code elements}, nested ones too, with whether it stands under an odd number of nots. */
    static void forEachPattern(List<Element> elements, boolean negated,
                               java.util.function.BiConsumer<Pattern, Boolean> visit) {
        for (Element element : elements) {
            if (element instanceof Pattern pattern) {
                visit.accept(pattern, negated);
            } else if (element instanceof Not not) {
                forEachPattern(not.children(), !negated, visit);
            } else if (element instanceof Exists exists) {
                forEachPattern(exists.children(), negated, visit);
            } else if (element instanceof And and) {
                forEachPattern(and.children(), negated, visit);
            } else if (element instanceof Or or) {
                forEachPattern(or.children(), negated, visit);
            }
        }
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
