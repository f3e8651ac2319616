package hk.negequity.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A text filled with the borrower's figures: placeholders, counts with their nouns, parts shown when known. */
class MessageTextTest {

    private static final FigureFormatter ENGLISH = new FigureFormatter(FigureFormatter.Style.ENGLISH);

    private static Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("ltvPct", 90.0);
        figures.put("loanAmount", 5_400_000.0);
        figures.put("months2", 3);
        figures.put("monthsInArrears", 1);
        figures.put("monthsLeft", 2);
        figures.put("monthlyOutgoings", 10_000.0);
        figures.put("maxOutgoings", 9_999.995);
        figures.put("maxLoan", 10_000.0);
        figures.put("risenPayment", 29_818.999915662513);
        figures.put("excess", 0.0004);
        figures.put("shortfall", null);
        return figures;
    }

    @ParameterizedTest(name = "\"{0}\" reads \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "You borrow {ltvPct} of the price.                | You borrow 90% of the price.",
            "{loanAmount} at {ltvPct}                          | HK$5,400,000 at 90%",
            "{ltvPct}{ltvPct}                                  | 90%90%",
            "No figures here.                                  | No figures here.",
            "A figure it lacks: {reserveMonths}.               | A figure it lacks: —.",
            "Braces that are not placeholders: {} { x} {1a} {a | Braces that are not placeholders: {} { x} {1a} {a",
            "A name with digits {months2}                      | A name with digits 3",
            "Nested {{ltvPct}}                                 | Nested {90%}",
            "貸款額 {loanAmount}，即樓價的 {ltvPct}              | 貸款額 HK$5,400,000，即樓價的 90%",
            "^^                                                | ^^"})
    void placeholdersAreFilledAndNothingElseIsTouched(String text, String expected) {
        assertThat(MessageText.fill(text, figures(), ENGLISH)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" reads \"{1}\"")
    @CsvSource(delimiterString = "=>", quoteCharacter = '^', value = {
            "With {monthsInArrears|instalment|instalments} overdue => With 1 instalment overdue",
            "Over {monthsLeft|month|months} => Over 2 months",
            "Over {months2|month|months} left => Over 3 months left",
            "A count it lacks: {reserveMonths|month|months} => A count it lacks: —",
            "Owed.[ A sale leaves {shortfall}.] Paid. => Owed. Paid.",
            "Owed[: {loanAmount}]. => Owed: HK$5,400,000.",
            "[{loanAmount} at {ltvPct}; ][{shortfall} short; ]end => HK$5,400,000 at 90%; end",
            "[Both {loanAmount} and {shortfall}.] => ^^",
            "[With {monthsInArrears|instalment|instalments}] => With 1 instalment"})
    void countsTakeTheirNounAndAPartWithAnUnknownFigureIsLeftOut(String text, String expected) {
        assertThat(MessageText.fill(text, figures(), ENGLISH)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" reads \"{1}\"")
    @CsvSource(delimiterString = "=>", quoteCharacter = '^', value = {
            // Amounts to the cent, as a reader expects an instalment: not HK$29,818.9999.
            "You would pay {risenPayment} a month. => You would pay HK$29,819 a month.",
            // Two amounts of one text that differ but would read alike: each with the places that tell them apart.
            "Repayments of {monthlyOutgoings}, above the cap of {maxOutgoings}. => Repayments of HK$10,000, above the cap of HK$9,999.995.",
            "Repayments of {monthlyOutgoings} and a cap of {maxLoan}. => Repayments of HK$10,000 and a cap of HK$10,000.",
            "{excess} above the maximum => HK$0.0004 above the maximum"})
    void amountsAreShownToTheCentUnlessTwoWouldReadAlikeOrOneAsNothing(String text, String expected) {
        assertThat(MessageText.fill(text, figures(), ENGLISH)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void everyAmountThatReadsAlikeButDiffersGetsThePlacesThatTellItApart() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("a", 12_345.674);
        figures.put("b", 12_345.671);
        figures.put("q", 9_999.999);
        figures.put("r", 10_000.001);
        figures.put("s", 9_999.999);
        figures.put("monthlyOutgoings", 17_408.2528);
        figures.put("maxOutgoings", 17_408.25);
        figures.put("reserveMonths", 1.00000000001);

        assertThat(MessageText.fill("{a} vs {b}", figures, ENGLISH)).isEqualTo("HK$12,345.674 vs HK$12,345.671");
        assertThat(MessageText.fill("{q} {r} {s} {q}", figures, ENGLISH))
                .isEqualTo("HK$9,999.999 HK$10,000.001 HK$9,999.999 HK$9,999.999");
        assertThat(MessageText.fill("Repayments of {monthlyOutgoings}, above the cap ({maxOutgoings})", figures, ENGLISH))
                .isEqualTo("Repayments of HK$17,408.253, above the cap (HK$17,408.25)");
        assertThat(MessageText.fill("{q} and {s}", figures, ENGLISH)).as("one value under two names")
                .isEqualTo("HK$10,000 and HK$10,000");
        // A shortfall kept to a millionth beside the balance it equals, which is not: alike at a millionth, so to the
        // cent, not as two six-place sums that read the same.
        figures.put("shortfall", 4_661_812.735607);
        figures.put("outstanding", 4_661_812.735606778);
        assertThat(MessageText.fill("{shortfall} less than the {outstanding} you owe", figures, ENGLISH))
                .isEqualTo("HK$4,661,812.74 less than the HK$4,661,812.74 you owe");
        assertThat(MessageText.fill("for {reserveMonths|month|months}", figures, ENGLISH)).as("counted as it reads")
                .isEqualTo("for 1 month");
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '^', value = {
            "At {ltvPct of the base => has a brace that is not part of a {figureName} or {count|one|other} placeholder",
            "{monthsInArrears|instalment} => has a brace that is not part of a {figureName} or {count|one|other} placeholder",
            "Owed[ and [{shortfall}]] => has a '[' inside another: optional parts do not nest",
            "Owed] {shortfall} => has a ']' without its '['",
            "Owed [{shortfall} => has a '[' without its ']'",
            "Owed [in full]. => has a part in [brackets] that names no figure: it would always show"})
    void markupThatWouldReachTheReaderAsWrittenIsAProblem(String text, String problem) {
        assertThat(MessageText.problem(text)).isEqualTo(problem);
    }

    @ParameterizedTest(name = "\"{0}\" is sound")
    @CsvSource(delimiterString = "=>", quoteCharacter = '^', value = {
            "Owed[: {shortfall}].", "With {monthsInArrears|instalment|instalments}", "No markup.", "{a}[{b}][ and {c|x|y}]"})
    void soundMarkupIsNoProblem(String text) {
        assertThat(MessageText.problem(text)).isNull();
        assertThat(MessageText.placeholders("Owed [{shortfall}] over {monthsLeft|month|months}"))
                .containsExactly("shortfall", "monthsLeft");
    }

    /** The fill's plain scan reads placeholders as the documented pattern does, on texts of the awkward characters. */
    @org.junit.jupiter.api.Test
    void theScanFindsThePlaceholdersThePatternDescribes() {
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile(
                "\\{([A-Za-z][A-Za-z0-9]*)(?:\\|([^{}|\\[\\]]+)\\|([^{}|\\[\\]]+))?}");
        java.util.Random random = new java.util.Random(20261129L);
        String alphabet = "ab1{}|  x";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Map<String, Object> twos = new java.util.AbstractMap<>() {
                @Override
                public Object get(Object key) {
                    return 2;
                }

                @Override
                public java.util.Set<Entry<String, Object>> entrySet() {
                    return java.util.Set.of();
                }
            };
            String expected = placeholder.matcher(text).replaceAll(m -> m.group(3) == null ? "2"
                    : java.util.regex.Matcher.quoteReplacement("2 " + m.group(3)));
            assertThat(MessageText.fill(text.toString(), twos, ENGLISH)).as("%s", text).isEqualTo(expected);
        }
    }

    /** The one-pass fill and the careful one write the same text, whatever the markup and figures. */
    @org.junit.jupiter.api.Test
    void theOnePassFillWritesWhatTheCarefulOneWrites() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("a", 10_000.0);
        figures.put("b", 9_999.995);
        figures.put("c", 10_000.0);
        figures.put("d", 17_408.2528);
        figures.put("e", 17_408.25);
        figures.put("n", 1);
        figures.put("ltvPct", 80.0);
        figures.put("z", null);
        String[] pieces = {"{a}", "{b}", "{c}", "{d}", "{e}", "{n|x|xs}", "{ltvPct}", "{z}", "{z|y|ys}", "[", "]", " ",
                "w", "{", "}"};
        java.util.Random random = new java.util.Random(20261129L);
        int compared = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            if (MessageText.problem(text.toString()) != null) {
                continue;
            }
            compared++;
            assertThat(MessageText.fill(text.toString(), figures, ENGLISH)).as("%s", text)
                    .isEqualTo(CarefulFill.fill(text.toString(), figures, ENGLISH));
        }
        assertThat(compared).isGreaterThan(5_000);
    }
}
