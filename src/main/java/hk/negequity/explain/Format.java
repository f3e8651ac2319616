package hk.negequity.explain;

import hk.negequity.messages.FigureFormatter;
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
            // (80.00002, never "80.0 > 80"); a whole one keeps a ".0" to read as a measured figure.
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
}
