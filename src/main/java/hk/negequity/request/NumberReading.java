package hk.negequity.request;

import hk.negequity.figures.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A JSON number read against its range: the value, or why it is refused (in words naming what was written). */
final class NumberReading {

    /** Said of 1e2147483648, and of any number whose exponent fits no number type; the value is not repeated. */
    static final String EXPONENT_OUT_OF_RANGE = "the number's exponent is out of range";

    private NumberReading() {
    }

    /**
     * A number within the range; with {@code money}, a sum read to a millionth of a dollar as every limit is kept,
     * the range holding for the sum so read (HK$0.009999999 is a cent).
     */
    static Reading<Double> number(BigDecimal decimal, double min, double max, boolean money) {
        if (hasNoRoomForItsExponent(decimal)) {
            return Reading.refused(EXPONENT_OUT_OF_RANGE);
        }
        if (decimal.signum() != 0 && decimal.doubleValue() == 0) {
            // 1e-400: not zero as written, zero once read; neither reading is safe to answer on.
            return Reading.refused("is too close to 0 to be read (" + shortText(decimal) + "): write 0 or a larger value");
        }
        if (min == 0 && decimal.signum() < 0) {
            return Reading.refused("must not be negative, not " + shortText(decimal));
        }
        // Only a sum with places past a millionth is rounded, so that 1e100000000 is never written out in full
        // (a double cannot hold one with more than about 330). What is not 0 as written is not read as 0: too
        // little to be a sum is the caller's to refuse.
        BigDecimal millionths = money && decimal.scale() > Decimals.AMOUNT_PLACES
                ? decimal.setScale(Decimals.AMOUNT_PLACES, RoundingMode.HALF_EVEN) : decimal;
        boolean toAMillionth = money && millionths.signum() != 0;
        BigDecimal bounded = toAMillionth ? millionths : decimal;
        if (min == 0 && bounded.compareTo(BigDecimal.valueOf(max)) > 0) {
            // Only the upper bound: "between 0 and ..." would promise a 0 that a property value, say, refuses.
            return Reading.refused("must be at most " + plain(max) + ", not " + shortText(decimal));
        }
        if (bounded.compareTo(BigDecimal.valueOf(min)) < 0 || bounded.compareTo(BigDecimal.valueOf(max)) > 0) {
            return Reading.refused("must be between " + plain(min) + " and " + plain(max) + ", not " + shortText(decimal));
        }
        // A -0 in the body is refused before this (NegativeZeros); + 0.0 keeps any other path from a "-0.0".
        double read = decimal.doubleValue() + 0.0;
        return Reading.taken(toAMillionth ? Decimals.amount(read) : read);
    }

    /** A whole number (2 and 2.0 both qualify) within the range. */
    static Reading<Integer> whole(BigDecimal decimal, int min, int max) {
        if (hasNoRoomForItsExponent(decimal)) {
            return Reading.refused(EXPONENT_OUT_OF_RANGE);
        }
        if (decimal.compareTo(BigDecimal.valueOf(min)) < 0 || decimal.compareTo(BigDecimal.valueOf(max)) > 0) {
            return Reading.refused("must be a whole number between " + min + " and " + max + ", not " + shortText(decimal));
        }
        if (decimal.stripTrailingZeros().scale() > 0) {
            return Reading.refused("must be a whole number, not " + shortText(decimal));
        }
        return Reading.taken(decimal.intValueExact());
    }

    /**
     * An exponent of 2³¹ (1e2147483648): Java 17's parser refuses it, later ones read it, as a scale no arithmetic can
     * move. Refused alike on either, so that a request gets the same answer whichever JDK runs the service.
     */
    private static boolean hasNoRoomForItsExponent(BigDecimal decimal) {
        return decimal.scale() == Integer.MIN_VALUE;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String shortText(BigDecimal value) {
        String text = value.toString();
        return text.length() > 24 ? text.substring(0, 24) + "…" : text;
    }
}
