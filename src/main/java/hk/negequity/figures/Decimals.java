package hk.negequity.figures;

/**
 * Takes the binary noise out of a computed figure, so that a limit reached exactly compares as reached.
 *
 * <p>A double cannot hold most decimals, and a product or quotient of them can land a unit or two in the last
 * place off the decimal a person works out by hand: 80% of HK$170,319,001 came out as an LTV of
 * 80.00000000000001%, above the 80% it is; a loan sent back at the maximum by debt servicing that the service
 * itself had reported came out at a DSR of 50.00000000000001% and was declined. So computed ratios are kept to
 * {@value #RATIO_PLACES} decimal places and computed amounts to {@value #AMOUNT_PLACES} (a millionth of a
 * dollar): far finer than anything an answer shows or any difference a borrower's figures make (a cent on a
 * HK$1,000M flat moves its LTV by 10⁻⁹ points), far coarser than the noise. This is not rounding for display:
 * answers still round only when they are written.
 */
public final class Decimals {

    static final int RATIO_PLACES = 10;
    static final int AMOUNT_PLACES = 6;

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

    private static double clean(double value, double scale) {
        double scaled = value * scale;
        if (!(Math.abs(scaled) < WHOLE_FROM)) {
            return value;
        }
        // Adding 0.0 turns the -0.0 of a tiny negative residue into 0, which JSON then writes as 0.0.
        return Math.rint(scaled) / scale + 0.0;
    }
}
