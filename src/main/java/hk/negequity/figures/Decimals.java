package hk.negequity.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Takes the binary noise out of a computed figure, so that a limit reached exactly compares as reached.
 *
 * <p>A double cannot hold most decimals, and a product or quotient of them can land a unit or two in the last
 * place off the decimal a person works out by hand: 80% of HK$170,319,001 came out as an LTV of
 * 80.00000000000001%, above the 80% it is; a loan sent back at the maximum by debt servicing that the service
 * itself had reported came out at a DSR of 50.00000000000001% and was declined. So ratios of computed amounts
 * are kept to {@value #RATIO_PLACES} decimal places and computed amounts to {@value #AMOUNT_PLACES} (a millionth
 * of a dollar): far finer than anything an answer shows, far coarser than the noise. Ratios of amounts as given
 * carry less noise and keep more ({@link #givenRatio}), and amounts as given that nearly cancel are subtracted
 * as decimals ({@link #difference}), so that a cent decides even on a HK$10¹² flat. This is not rounding for
 * display: answers still round only when they are written.
 */
public final class Decimals {

    static final int RATIO_PLACES = 10;
    public static final int AMOUNT_PLACES = 6;
    /**
     * A ratio of two amounts as given carries only the noise of reading them and of one product and quotient,
     * a few parts in 10¹⁶ (3·10⁻¹⁴ at 100%); a cent on a HK$10¹² flat moves a percent by 10⁻¹² and must survive.
     * So such a percent keeps {@value #GIVEN_RATIO_PLACES} decimal places, and a small one
     * {@value #GIVEN_RATIO_DIGITS} significant digits.
     */
    static final int GIVEN_RATIO_PLACES = 12;
    static final int GIVEN_RATIO_DIGITS = 14;
    /**
     * A difference this many times smaller than its operands carries their binary error magnified as many
     * times: past it, too much for {@link #GIVEN_RATIO_DIGITS} digits to hide.
     */
    private static final double CANCELLING = 16;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private static final double RATIO_SCALE = 1e10;
    private static final double AMOUNT_SCALE = 1e6;
    /** From here on a double has no fractional part left to clean. */
    private static final double WHOLE_FROM = 0x1p52;

    private Decimals() {
    }

    /** A computed percent or count of months, to {@value #RATIO_PLACES} places. */
    public static double ratio(double value) {
        return clean(value, RATIO_SCALE);
    }

    /** A computed amount in HK$, to {@value #AMOUNT_PLACES} places. */
    public static double amount(double value) {
        return clean(value, AMOUNT_SCALE);
    }

    /**
     * A percent worked from amounts as given (not from a computed instalment or balance), to
     * {@value #GIVEN_RATIO_PLACES} places or {@value #GIVEN_RATIO_DIGITS} significant digits, whichever keeps more:
     * 10 places took a cent on a HK$10¹² flat for noise (HK$800,000,000,000.01 of HK$10¹² is an LTV of
     * 80.000000000001, above 80), and 14 digits alone took HK$500,000,000,000.01 of HK$5·10¹¹ for 100%.
     */
    public static double givenRatio(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        int places = Math.max(GIVEN_RATIO_PLACES,
                GIVEN_RATIO_DIGITS - 1 - (int) Math.floor(Math.log10(Math.abs(value))));
        if (places < POWERS_OF_TEN.length) {
            return clean(value, POWERS_OF_TEN[places]);
        }
        return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * {@code 100 − pct} for a percent worked from amounts as given ({@link #givenRatio}), kept as such a percent: the
     * fall that takes a loan at {@code pct}% of its value to negative equity. 100 less 91.525423728814 came out
     * 8.474576271185995, and 100 less 99.9999999 came out 9.999999406e-8.
     */
    public static double hundredLess(double pct) {
        return givenRatio(difference(100, pct));
    }

    /** Whether two amounts read alike to the cent, rounded as they are shown (half up on their shortest digits). */
    public static boolean sameCents(double a, double b) {
        return BigDecimal.valueOf(a).setScale(2, RoundingMode.HALF_UP)
                .compareTo(BigDecimal.valueOf(b).setScale(2, RoundingMode.HALF_UP)) == 0;
    }

    /**
     * {@code a − b} for amounts as a person wrote them. Where the two nearly cancel, what is left of them is
     * mostly the error of holding each in binary (HK$5,000,000 less HK$4,999,999.99 came out 0.0100000007, and
     * HK$10¹² less HK$999,999,999,999.99 came out 0.0100097656), so they are subtracted as the decimals they
     * were written as; otherwise the plain difference is as good as its operands.
     */
    public static double difference(double a, double b) {
        double plain = a - b;
        if (plain == 0 || Math.abs(plain) * CANCELLING >= Math.max(Math.abs(a), Math.abs(b))) {
            return plain + 0.0;
        }
        return BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)).doubleValue() + 0.0;
    }

    /**
     * {@code pct}% of an amount as given, worked as the decimals they were written as and kept to a millionth: a
     * limit of 70% of HK$999,999,999,999.99 is the HK$699,999,999,999.993 a loan of that amount reads as, where
     * the binary product came out HK$0.0001 below it (past HK$4.5·10⁹ a double has no millionths to clean).
     */
    public static double share(double amount, double pct) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(pct)).movePointLeft(2)
                .setScale(AMOUNT_PLACES, RoundingMode.HALF_EVEN).doubleValue() + 0.0;
    }

    private static double clean(double value, double scale) {
        double scaled = value * scale;
        if (!(Math.abs(scaled) < WHOLE_FROM)) {
            return value;
        }
        // Adding 0.0 turns the -0.0 of a tiny negative residue into 0, which JSON then writes as 0.0.
        return Math.rint(scaled) / scale + 0.0;
    }
}
