package hk.negequity.explain;

import hk.negequity.messages.FigureFormatter;
import java.math.BigDecimal;
import java.util.Collection;

/** Values as an explanation shows them: 90.0, 145490.48, MORTGAGE_INSURANCE, 2024-10-16. */
final class Format {

    private Format() {
    }

    static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double || value instanceof Float) {
            double x = ((Number) value).doubleValue();
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return String.valueOf(x);
            }
            // As the advice texts write figures: a value just off a whole threshold shows the places that say so
            // (80.00002, never "80.0 > 80"), one under a hundredth too (0.006); a whole one keeps a ".0" to read as a
            // measured figure.
            String shown = FigureFormatter.plain(x, 2);
            return shown.contains(".") ? shown : shown + ".0";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> items) {
            return items.size() + " item(s)";
        }
        return String.valueOf(value);
    }

    /**
     * Both sides of a comparison: two numbers that differ but would read alike ("145490.48 >= 145490.48") get
     * the places that tell them apart, so that the text reads as the comparison came out.
     *
     * @param rightText the right side as written in the rule (a literal, exact already), or null to show its value
     */
    static String[] showApart(Object left, Object right, String rightText) {
        String[] sides = {show(left), rightText != null ? rightText : show(right)};
        if (!(left instanceof Number l) || !(right instanceof Number r)) {
            return sides;
        }
        double a = l.doubleValue();
        double b = r.doubleValue();
        if (a == b || !Double.isFinite(a) || !Double.isFinite(b) || !readAlike(sides[0], sides[1])) {
            return sides;
        }
        for (int places = 3; places <= FigureFormatter.MOST_PLACES; places++) {
            String leftShown = FigureFormatter.plain(a, places);
            String rightShown = rightText != null ? rightText : FigureFormatter.plain(b, places);
            if (!readAlike(leftShown, rightShown)) {
                return new String[] {leftShown, rightShown};
            }
        }
        return sides; // alike to the last place shown: a difference in the double's noise
    }

    private static boolean readAlike(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false; // not a plain number (an expression's text): nothing to tell apart
        }
    }
}
