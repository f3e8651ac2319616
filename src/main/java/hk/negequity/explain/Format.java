package hk.negequity.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Values as an explanation shows them: 90.0, 145490.48, MORTGAGE_INSURANCE, 2024-10-16. */
final class Format {

    private static final int MOST_PLACES = 9;

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
            BigDecimal exact = BigDecimal.valueOf(x);
            BigDecimal rounded = exact.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            // Thresholds are mostly whole (80, 6): a value just off one shows the places that say so, up to
            // nine, as the advice texts do, so that 80.00002 never reads "80.0 > 80".
            for (int places = 3; places <= MOST_PLACES && rounded.scale() <= 0 && rounded.compareTo(exact) != 0;
                    places++) {
                rounded = exact.setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
            }
            return rounded.scale() <= 0 ? rounded.setScale(1).toPlainString() : rounded.toPlainString();
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
