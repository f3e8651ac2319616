package hk.negequity.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures the way a Hong Kong reader expects them in a sentence; rounding for display only. */
class FigureFormatterTest {

    private final FigureFormatter english = new FigureFormatter(FigureFormatter.Style.ENGLISH);
    private final FigureFormatter traditional = new FigureFormatter(FigureFormatter.Style.TRADITIONAL_CHINESE);
    private final FigureFormatter simplified = new FigureFormatter(FigureFormatter.Style.SIMPLIFIED_CHINESE);

    @ParameterizedTest(name = "{0} is {1}, {2}, {3}")
    @CsvSource(delimiter = '|', value = {
            "5400000      | HK$5,400,000    | HK$540萬      | HK$540万",
            "24248.41     | HK$24,248.41    | HK$24,248.41  | HK$24,248.41",
            "24248.405    | HK$24,248.41    | HK$24,248.41  | HK$24,248.41",
            "99999.99     | HK$99,999.99    | HK$99,999.99  | HK$99,999.99",
            "100000       | HK$100,000      | HK$10萬       | HK$10万",
            "4843000      | HK$4,843,000    | HK$484.3萬    | HK$484.3万",
            "4843200      | HK$4,843,200    | HK$484.32萬   | HK$484.32万",
            // Not whole hundreds: the 萬 form would round it, so it is written out.
            "4843210      | HK$4,843,210    | HK$4,843,210  | HK$4,843,210",
            "145490.47    | HK$145,490.47   | HK$145,490.47 | HK$145,490.47",
            "999.5        | HK$999.50       | HK$999.50     | HK$999.50",
            "0            | HK$0            | HK$0          | HK$0",
            // Less than a cent but not nothing: the places that say so, to a millionth of a dollar.
            "0.004        | HK$0.004        | HK$0.004      | HK$0.004",
            "0.0004       | HK$0.0004       | HK$0.0004     | HK$0.0004",
            // Half a cent and more, still under a cent: not the cent it would round to (a valuation of
            // HK$199,999.995 is HK$0.005 under a price of HK$200,000, not HK$0.01).
            "0.005        | HK$0.005        | HK$0.005      | HK$0.005",
            "0.0099       | HK$0.0099       | HK$0.0099     | HK$0.0099",
            "0.009999     | HK$0.009999     | HK$0.009999   | HK$0.009999",
            // Within a millionth of a cent: the cent.
            "0.0099999    | HK$0.01         | HK$0.01       | HK$0.01",
            "0.01         | HK$0.01         | HK$0.01       | HK$0.01",
            "-0.005       | -HK$0.005       | -HK$0.005     | -HK$0.005",
            "0.0000004    | HK$0            | HK$0          | HK$0",
            "4200000.0004 | HK$4,200,000    | HK$420萬      | HK$420万",
            "9999.9995    | HK$10,000       | HK$10,000     | HK$10,000",
            // A computed amount's binary noise is not shown, nor what a double cannot hold of a large one.
            "4860000.000000001 | HK$4,860,000 | HK$486萬     | HK$486万",
            "4200000.004  | HK$4,200,000    | HK$420萬      | HK$420万",
            "9999.995     | HK$10,000       | HK$10,000     | HK$10,000",
            "1234.565     | HK$1,234.57     | HK$1,234.57   | HK$1,234.57",
            "-500000      | -HK$500,000     | -HK$50萬      | -HK$50万",
            "-12.5        | -HK$12.50       | -HK$12.50     | -HK$12.50",
            "1000         | HK$1,000        | HK$1,000      | HK$1,000",
            "99999.995    | HK$100,000      | HK$10萬       | HK$10万",
            "99999.9999   | HK$100,000      | HK$10萬       | HK$10万",
            "99999.9999999 | HK$100,000     | HK$10萬       | HK$10万",
            "-0.004       | -HK$0.004       | -HK$0.004     | -HK$0.004",
            "-0.0004      | -HK$0.0004      | -HK$0.0004    | -HK$0.0004",
            "-0.0000004   | HK$0            | HK$0          | HK$0",
            "99999999.99  | HK$99,999,999.99 | HK$99,999,999.99 | HK$99,999,999.99",
            "100000000    | HK$100,000,000  | HK$1億        | HK$1亿",
            "123456800    | HK$123,456,800  | HK$1億2,345.68萬 | HK$1亿2,345.68万",
            "123456789    | HK$123,456,789  | HK$123,456,789 | HK$123,456,789",
            "250000000    | HK$250,000,000  | HK$2億5,000萬 | HK$2亿5,000万",
            "199999999.99 | HK$199,999,999.99 | HK$199,999,999.99 | HK$199,999,999.99",
            "123456789000 | HK$123,456,789,000 | HK$1,234億5,678.9萬 | HK$1,234亿5,678.9万",
            "999999999999.9999 | HK$1,000,000,000,000 | HK$1萬億 | HK$1万亿",
            "1000000000000 | HK$1,000,000,000,000 | HK$1萬億 | HK$1万亿",
            "1000500000000 | HK$1,000,500,000,000 | HK$10,005億 | HK$10,005亿",
            "1234567890000 | HK$1,234,567,890,000 | HK$12,345億6,789萬 | HK$12,345亿6,789万",
            "2000000000000 | HK$2,000,000,000,000 | HK$2萬億 | HK$2万亿"})
    void amountsAreHongKongDollars(double amount, String inEnglish, String inTraditional, String inSimplified) {
        assertThat(english.format("loanAmount", amount)).isEqualTo(inEnglish);
        assertThat(traditional.format("loanAmount", amount)).isEqualTo(inTraditional);
        assertThat(simplified.format("loanAmount", amount)).isEqualTo(inSimplified);
    }

    /** To tell it from another that reads alike (see MessageTextTest): the places asked for, where it has them. */
    @ParameterizedTest(name = "{0} to {1} places is {2} / {3} / {4}")
    @CsvSource(delimiter = '|', value = {
            "4200000.0004 | 4 | HK$4,200,000.0004 | HK$4,200,000.0004 | HK$4,200,000.0004",
            "9999.9995    | 4 | HK$9,999.9995   | HK$9,999.9995 | HK$9,999.9995",
            "4200000.004  | 3 | HK$4,200,000.004 | HK$4,200,000.004 | HK$4,200,000.004",
            "9999.995     | 3 | HK$9,999.995    | HK$9,999.995  | HK$9,999.995",
            "99999.995    | 3 | HK$99,999.995   | HK$99,999.995 | HK$99,999.995",
            "17408.2528   | 3 | HK$17,408.253   | HK$17,408.253 | HK$17,408.253",
            "-17408.2528  | 3 | -HK$17,408.253  | -HK$17,408.253 | -HK$17,408.253",
            // Trailing zeros past the cents are not shown; a sum shown to finer places is written out in Chinese too.
            "4200000.01   | 3 | HK$4,200,000.01 | HK$4,200,000.01 | HK$4,200,000.01",
            "4200000      | 3 | HK$4,200,000    | HK$4,200,000  | HK$4,200,000",
            // No finer than a millionth, nor than a double holds.
            "99999.9999999 | 6 | HK$100,000     | HK$100,000    | HK$100,000",
            "4860000.000000001 | 6 | HK$4,860,000 | HK$4,860,000 | HK$4,860,000",
            "123456789012.3456 | 6 | HK$123,456,789,012.346 | HK$123,456,789,012.346 | HK$123,456,789,012.346"})
    void anAmountToldApartFromAnotherShowsThePlacesAskedFor(double amount, int places, String inEnglish,
                                                             String inTraditional, String inSimplified) {
        assertThat(english.money(amount, places)).isEqualTo(inEnglish);
        assertThat(traditional.money(amount, places)).isEqualTo(inTraditional);
        assertThat(simplified.money(amount, places)).isEqualTo(inSimplified);
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "ltvPct          | 90        | 90%",
            "ltvPct          | 80.005    | 80.01%",
            "dsrPct          | 19.2666   | 19.27%",
            "headroomPct     | -8.1      | -8.1%",
            "reserveMonths   | 5.94      | 5.9",
            // Just off a whole number: more places, so that it does not read as the threshold it is past.
            "ltvPct          | 80.0001   | 80.0001%",
            "ltvPct          | 80.00002  | 80.00002%",
            "ltvPct          | 79.999999 | 79.999999%",
            "premiumPct      | 0.0000167 | 0.00002%",
            "reserveMonths   | 5.96      | 5.96",
            "reserveMonths   | 5.99999   | 5.99999",
            // A cent above 80% of HK$6M, a cent below 90%: still past the threshold, and shown so.
            "ltvPct          | 80.0000001667 | 80.0000002%",
            "ltvPct          | 89.9999998333 | 89.9999998%",
            // A cent on a HK$10¹² base.
            "ltvPct          | 80.000000000001 | 80.000000000001%",
            "headroomPct     | 0.000000000001  | 0.000000000001%",
            // Closer than twelve places (nine for months of reserves): floating-point noise, shown whole.
            "ltvPct          | 69.99999999999999 | 70%",
            "reserveMonths   | 6.0000000001      | 6",
            "monthsInArrears | 3         | 3",
            // A count of months left is no threshold's neighbour: shown to a tenth.
            "monthsLeft      | 300.00001 | 300",
            "monthsLeft      | 317.4188  | 317.4"})
    void percentsAndMonthsAreRoundedForDisplayOnly(String name, double value, String shown) {
        assertThat(english.format(name, value)).isEqualTo(shown);
    }

    @Test
    void anIntegerIsACount() {
        assertThat(english.format("paymentsMade", 12)).isEqualTo("12");
    }

    @Test
    void datesAreWrittenForTheirReader() {
        LocalDate date = LocalDate.of(2024, 10, 16);

        assertThat(english.format("regimeFrom", date)).isEqualTo("16 October 2024");
        assertThat(traditional.format("regimeFrom", date)).isEqualTo("2024年10月16日");
        assertThat(simplified.format("regimeFrom", date)).isEqualTo("2024年10月16日");
    }

    @Test
    void listsAreJoinedForTheirReader() {
        assertThat(english.format("codes", List.of("A", "B"))).isEqualTo("A, B");
        assertThat(traditional.format("codes", List.of("A", "B"))).isEqualTo("A、B");
        List<LocalDate> dates = List.of(LocalDate.of(2023, 7, 7), LocalDate.of(2024, 2, 28));
        assertThat(english.format("coveredDates", dates)).as("each item as the figure it is")
                .isEqualTo("7 July 2023, 28 February 2024");
        assertThat(traditional.format("coveredDates", dates)).isEqualTo("2023年7月7日、2024年2月28日");
    }

    /** The grouping written by hand agrees with DecimalFormat's on ten thousand amounts. */
    @Test
    void groupingAgreesWithDecimalFormat() {
        Random random = new Random(20261128L);
        for (int i = 0; i < 10_000; i++) {
            double x = Math.floor(random.nextDouble() * Math.pow(10, random.nextInt(12)) * 1000) / 1000;
            for (boolean stripZeros : new boolean[] {false, true}) {
                BigDecimal cents = BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP);
                assertThat(WrittenAmounts.grouped(cents, stripZeros)).as("%s, stripZeros %s", x, stripZeros)
                        .isEqualTo(decimalFormat(x, stripZeros));
            }
        }
    }

    /** With the places a sum just off whole dollars keeps (three to six), too. */
    @Test
    void groupingOfFinerPlacesAgreesWithDecimalFormat() {
        Random random = new Random(20261129L);
        for (int i = 0; i < 10_000; i++) {
            int places = 3 + random.nextInt(4);
            BigDecimal x = BigDecimal.valueOf(random.nextLong(1, 1_000_000_000_000L), places);
            if (x.remainder(BigDecimal.ONE).signum() == 0) {
                continue; // more places are kept only for an amount that is not whole
            }
            for (boolean stripZeros : new boolean[] {false, true}) {
                DecimalFormat format = new DecimalFormat(stripZeros ? "#,##0.######" : "#,##0.00####",
                        DecimalFormatSymbols.getInstance(Locale.ROOT));
                assertThat(WrittenAmounts.grouped(x, stripZeros)).as("%s, stripZeros %s", x, stripZeros)
                        .isEqualTo(format.format(x));
            }
        }
    }

    /**
     * Whole amounts and whole percents or counts are written without reading the double's shortest digits; they
     * read exactly as the general path writes them (an amount to two places is that path).
     */
    @Test
    void wholeNumbersReadAsTheGeneralPathWritesThem() {
        Random random = new Random(20261129L);
        List<Double> wholes = new java.util.ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 99_999.0, 100_000.0,
                4_800_000.0, 100_000_000.0, 123_456_789_012.0, 999_999_999_999_999.0, 1e15, -5_400_000.0));
        for (int i = 0; i < 20_000; i++) {
            long whole = random.nextLong(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
                    / (long) Math.pow(10, random.nextInt(16));
            wholes.add((double) (random.nextBoolean() ? whole : whole - whole % 100));
        }
        for (double x : wholes) {
            for (FigureFormatter formatter : List.of(english, traditional, simplified)) {
                assertThat(formatter.money(x)).as("%s", x).isEqualTo(formatter.money(x, 2));
            }
            String plain = BigDecimal.valueOf(x).setScale(0, RoundingMode.UNNECESSARY).toPlainString();
            assertThat(FigureFormatter.plain(x, 2)).as("%s", x).isEqualTo(plain.equals("-0") ? "0" : plain);
            assertThat(english.format("ltvPct", x)).as("%s", x).isEqualTo(FigureFormatter.plain(x, 2) + "%");
        }
    }

    private static String decimalFormat(double x, boolean stripZeros) {
        BigDecimal rounded = BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP);
        int scale = rounded.stripTrailingZeros().scale();
        String pattern = scale <= 0 ? "#,##0" : stripZeros && scale == 1 ? "#,##0.0" : "#,##0.00";
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(rounded);
    }
}
