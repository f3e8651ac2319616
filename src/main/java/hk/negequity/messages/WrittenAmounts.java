package hk.negequity.messages;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sums written out: thousands grouped, and in Chinese in 萬 and 億 as Hong Kong and mainland readers write them. */
final class WrittenAmounts {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private WrittenAmounts() {
    }

    /**
     * A sum of whole hundreds of dollars in 萬 (万) and 億 (亿), without the HK$: 540萬, 1億2,345.68萬, 1萬億 at 10¹².
     * Whole hundreds are exact in 萬 to two places; 億 are 10,000 萬.
     */
    static String inWan(BigDecimal shown, boolean traditional) {
        String tenThousand = traditional ? "萬" : "万";
        BigDecimal wan = shown.movePointLeft(4);
        if (wan.compareTo(TEN_THOUSAND) < 0) {
            return grouped(wan, true) + tenThousand;
        }
        BigDecimal[] yiAndWan = wan.divideAndRemainder(TEN_THOUSAND);
        String hundredMillion = traditional ? "億" : "亿";
        BigDecimal yi = yiAndWan[0];
        String yiPart = yi.remainder(TEN_THOUSAND).signum() == 0 && yiAndWan[1].signum() == 0
                // A round 萬億 (a million million) as the papers write it, not 10,000億; 10,005億 stays as it is.
                ? grouped(yi.divide(TEN_THOUSAND), true) + tenThousand + hundredMillion
                : grouped(yi, true) + hundredMillion;
        return yiPart + (yiAndWan[1].signum() == 0 ? "" : grouped(yiAndWan[1], true) + tenThousand);
    }

    /**
     * Grouped thousands; the places of {@code x} shown only when they are not all zero (two or three); with
     * {@code stripZeros}, trailing zeros go too (484.3萬, not 484.30萬).
     */
    static String grouped(BigDecimal x, boolean stripZeros) {
        // By hand rather than with DecimalFormat, which costs a pattern parse per use and is not thread-safe.
        String digits = (x.scale() < 2 ? x.setScale(2, RoundingMode.UNNECESSARY) : x).toPlainString();
        int point = digits.indexOf('.');
        int end = digits.length();
        while (end > point + 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        StringBuilder out = new StringBuilder(digits.length() + point / 3 + 1);
        int lead = point % 3 == 0 ? 3 : point % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < point; i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        if (end == point + 1) {
            return out.toString();
        }
        // Cents keep their trailing zero (HK$999.50) unless stripped (484.3萬).
        return out.append(digits, point, stripZeros ? end : Math.max(end, point + 3)).toString();
    }
}
