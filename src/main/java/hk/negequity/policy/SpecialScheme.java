package hk.negequity.policy;

import hk.negequity.figures.Decimals;
import java.time.LocalDate;

/**
 * A special scheme with its own limits, for agreements signed in a window and advice given from a date
 * (the 2024-12-04 scheme for uncompleted flats), a row of {@code rules/policy/special-schemes.csv}.
 */
public record SpecialScheme(String id, LocalDate availableFrom, LocalDate agreementFrom, LocalDate agreementTo,
                            double maxLtvPct, double dsrCapPct, String source) {

    /** The largest loan the scheme allows on a lending base, to a millionth of a dollar as every limit is kept. */
    public double maxLoan(double base) {
        return Decimals.share(base, maxLtvPct);
    }
}
