package hk.negequity.messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a figure the way a Hong Kong reader expects it in a sentence. The kind of figure follows its
 * name: {@code ...Pct} is a percent, {@code ...Months} or {@code months...} a count of months, any other
 * number an amount in HK$. Rounding happens here, for display only.
 */
public final class FigureFormatter {

    /**
     * Enough for a cent on a HK$10¹² base to show (80.000000000001%), as many as the figures keep for a percent
     * worked from amounts as given.
     */
    public static final int MOST_PLACES = 12;
    /** Months of reserves are worked from a computed instalment, kept to 10 places: past 9 they are its noise. */
    private static final int MOST_MONTH_PLACES = 9;
    /** A millionth of a dollar, as computed amounts are kept: past it, binary noise. */
    static final int MOST_MONEY_PLACES = 6;
    /** The decimal digits a double holds; an amount's places beyond them are its noise, not its figure. */
    private static final int DOUBLE_DIGITS = 15;
    /** Below it a whole double is exact in a long, cents included (10¹⁵ × 100 < 2⁶³). */
    private static final double WHOLE_LIMIT = 1e15;
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Style style;

    /** English writes HK$1,234,567; Chinese writes large sums in 萬 (zh-HK) or 万 (zh-CN). */
    public enum Style { ENGLISH, TRADITIONAL_CHINESE, SIMPLIFIED_CHINESE }

    public FigureFormatter(Style style) {
        this.style = style;
    }

    public String format(String name, Object value) {
        if (value instanceof LocalDate date) {
            return formatDate(date);
        }
        if (value instanceof java.util.Collection<?> items) {
            // Each as the figure it is: dates in the reader's words (2023年7月7日、2024年2月28日).
            return String.join(style == Style.ENGLISH ? ", " : "、", items.stream().map(item -> format(name, item)).toList());
        }
        if (value instanceof Number number) {
            double x = number.doubleValue();
            if (name.endsWith("Pct")) {
                return plain(x, 2) + "%";
            }
            if (isCount(name, value)) {
                // Only the months of reserves are held against a threshold (six); a count of months left is
                // read as a count, so 300.00001 is 300.
                return name.equals("reserveMonths") ? plain(x, 1, MOST_MONTH_PLACES) : plain(x, 1, 1);
            }
            return money(x);
        }
        return String.valueOf(value);
    }

    /** Whether a figure is written as HK$: a number that is not a percent or a count. */
    public static boolean isAmount(String name, Object value) {
        return value instanceof Number && !name.endsWith("Pct") && !isCount(name, value);
    }

    private static boolean isCount(String name, Object value) {
        return name.endsWith("Months") || name.startsWith("months") || value instanceof Integer;
    }

    /**
     * HK$24,248.41 to the cent; whole amounts without cents; a sum less than a cent but not nothing keeps the places
     * that say so (HK$0.004). In Chinese, sums from HK$100,000 that are whole hundreds of dollars read in 萬 and 億
     * (HK$540萬, HK$1億2,345.68萬, HK$1萬億 at HK$10¹²); any other sum is written out (HK$4,843,210), since the 萬
     * form would round it.
     */
    public String money(double amount) {
        double size = Math.abs(amount);
        // Most amounts are whole dollars: their cents are exact without the shortest-digits reading of the double,
        // which was the larger part of writing a figure.
        BigDecimal shown = isWhole(size) ? BigDecimal.valueOf((long) size * 100, 2)
                : shownAmount(BigDecimal.valueOf(size));
        return written(shown, amount < 0);
    }

    /** A whole number a long holds exactly, with room for its cents: up to 10¹⁵. */
    private static boolean isWhole(double x) {
        return Math.abs(x) < WHOLE_LIMIT && x == Math.rint(x);
    }

    /**
     * As {@link #money(double)}, with up to {@code places} decimal places where the amount has them (HK$9,999.995),
     * no more than a millionth and no further than a double holds the amount: to tell apart two sums that would read
     * alike to the cent, a limit and the sum just past it.
     */
    public String money(double amount, int places) {
        BigDecimal exact = BigDecimal.valueOf(Math.abs(amount));
        int most = Math.min(MOST_MONEY_PLACES, DOUBLE_DIGITS - Math.max(1, exact.precision() - exact.scale()));
        return written(exact.setScale(Math.max(2, Math.min(places, most)), RoundingMode.HALF_UP), amount < 0);
    }

    private String written(BigDecimal shown, boolean negative) {
        String sign = negative && shown.signum() != 0 ? "-" : "";
        if (style == Style.ENGLISH || shown.compareTo(HUNDRED_THOUSAND) < 0 || !wholeHundreds(shown)) {
            return sign + "HK$" + WrittenAmounts.grouped(shown, false);
        }
        return sign + "HK$" + WrittenAmounts.inWan(shown, style == Style.TRADITIONAL_CHINESE);
    }

    /**
     * To the cent; a sum under a cent but not nothing with the places that show it as under a cent, up to a millionth
     * of a dollar (HK$0.005, not the HK$0.01 or HK$0 the cents would show).
     */
    private static BigDecimal shownAmount(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        if (amount.compareTo(CENT) >= 0 || amount.signum() == 0) {
            return cents;
        }
        for (int places = 3; places <= MOST_MONEY_PLACES; places++) {
            BigDecimal finer = amount.setScale(places, RoundingMode.HALF_UP);
            if (finer.signum() != 0 && finer.compareTo(CENT) < 0) {
                return finer;
            }
        }
        return cents;
    }

    /** Whole hundreds of dollars, to the cent (a sum shown to finer places, to tell it apart, is written out). */
    private static boolean wholeHundreds(BigDecimal shown) {
        return shown.scale() == 2 && shown.unscaledValue().longValue() % 10_000 == 0;
    }

    private String formatDate(LocalDate date) {
        if (style == Style.ENGLISH) {
            return date.format(ENGLISH_DATE);
        }
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * Up to {@code decimals} places, trailing zeros dropped, no grouping: 90, 19.27. A value just off a whole
     * number gets more places, up to {@value #MOST_PLACES}, until it no longer reads as that number: the
     * thresholds the advice quotes are whole (80%, 6 months), and "80% is above 80%" would read as an error. So does
     * a value under the last place shown that would round up to it (0.006, not 0.01).
     */
    public static String plain(double x, int decimals) {
        return plain(x, decimals, MOST_PLACES);
    }

    private static String plain(double x, int decimals, int mostPlaces) {
        if (isWhole(x)) {
            return Long.toString((long) x); // no places to round or strip; -0.0 reads 0
        }
        BigDecimal exact = BigDecimal.valueOf(x);
        BigDecimal lastPlace = BigDecimal.ONE.movePointLeft(decimals);
        boolean underTheLastPlace = exact.abs().compareTo(lastPlace) < 0;
        BigDecimal rounded = exact.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        for (int places = decimals + 1; places <= mostPlaces && rounded.compareTo(exact) != 0
                && (rounded.scale() <= 0 || (underTheLastPlace && rounded.abs().compareTo(lastPlace) == 0)); places++) {
            rounded = exact.setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
