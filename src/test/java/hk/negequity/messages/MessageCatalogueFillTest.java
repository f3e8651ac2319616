package hk.negequity.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A text's {figure} placeholders filled with the borrower's figures; anything else left as written. */
class MessageCatalogueFillTest {

    private static final FigureFormatter ENGLISH = new FigureFormatter(FigureFormatter.Style.ENGLISH);

    private static Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("ltvPct", 90.0);
        figures.put("loanAmount", 5_400_000.0);
        figures.put("months2", 3);
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
        assertThat(MessageCatalogue.fill(text, figures(), ENGLISH)).isEqualTo(expected);
    }
}
