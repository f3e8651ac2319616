package hk.negequity.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
            BigDecimal rounded = BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
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
