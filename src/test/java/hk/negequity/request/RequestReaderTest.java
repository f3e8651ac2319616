package hk.negequity.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Scheme;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static AdviceRequest read(String json) {
        return new RequestReader().read(new JsonBodies().parse(json.getBytes(StandardCharsets.UTF_8)), TODAY);
    }

    private static List<Violation> violations(String json) {
        try {
            read(json);
        } catch (InvalidRequestException e) {
            return e.violations();
        }
        throw new AssertionError("expected the request to be refused: " + json);
    }

    @Test
    void aFullRequestIsRead() {
        AdviceRequest request = read("""
                { "asOf": "2026-11-28",
                  "property": { "price": 6000000, "valuation": 5900000, "currentValue": 4900000,
                                "use": "SELF_USE", "completed": true, "agreementDate": "2025-03-01" },
                  "loan": { "amount": 5400000, "outstanding": 5000000, "annualRatePct": 3.5, "tenorMonths": 360,
                            "paymentsMade": 0, "scheme": "MORTGAGE_INSURANCE", "monthsInArrears": 0 },
                  "borrower": { "monthlyIncome": 60000, "otherMonthlyDebt": 0, "liquidReserves": 150000,
                                "firstTimeBuyer": true, "salaried": true, "employment": "EMPLOYED", "bankrupt": false },
                  "scenario": { "priceChangePct": -10 } }""");

        assertThat(request.property().price()).isEqualTo(6_000_000);
        assertThat(request.property().agreementDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(request.loan().scheme()).isEqualTo(Scheme.MORTGAGE_INSURANCE);
        assertThat(request.loan().tenorMonths()).isEqualTo(360);
        assertThat(request.borrower().bankrupt()).isFalse();
        assertThat(request.scenario().priceChangePct()).isEqualTo(-10);
    }

    @Test
    void everyFieldIsOptionalAndAsOfDefaultsToToday() {
        AdviceRequest request = read("{}");

        assertThat(request.asOf()).isEqualTo(TODAY);
        assertThat(request.loan().amount()).isNull();
    }

    @Test
    void aWholeNumberWrittenWithADecimalPointIsStillWhole() {
        assertThat(read("{\"loan\": {\"tenorMonths\": 360.0}}").loan().tenorMonths()).isEqualTo(360);
    }

    @ParameterizedTest(name = "{0} = {1} is refused: {2}")
    @CsvSource({
            "amount,         -0,      negative zero",
            "amount,         -0.0,    negative zero",
            "tenorMonths,    -0,      negative zero",
            "outstanding,    -0e5,    negative zero",
            "annualRatePct,  -0.000,  negative zero",
            "amount,         1e-400,  too close to 0",
            "annualRatePct,  -1e-400, too close to 0",
    })
    void aNegativeZeroOrANumberTooSmallToReadIsRefusedByItsPath(String field, String number, String detail) {
        assertThat(violations("{\"loan\": {\"" + field + "\": " + number + "}}")).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("loan." + field);
            assertThat(v.detail()).contains(detail);
        });
    }

    @Test
    void aNegativeZeroIsRefusedBesideEveryOtherMistakeInTheBody() {
        assertThat(violations("{\"borrower\": {\"monthlyIncome\": -5}, \"loan\": {\"amount\": -0, \"tenorMonths\": 0},"
                + " \"scenario\": {\"priceChangePct\": -0.0}}"))
                .extracting(Violation::path).containsExactlyInAnyOrder("borrower.monthlyIncome", "loan.amount",
                        "loan.tenorMonths", "scenario.priceChangePct");
        assertThat(violations("{\"loan\": {\"amount\": -0}, \"lang\": -0}")).extracting(Violation::path)
                .as("where a number is not wanted, refused as what it is").containsExactlyInAnyOrder("loan.amount", "lang");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"loan\": {\"amount\": 0}}", "{\"loan\": {\"amount\": 0.0}}",
            "{\"loan\": {\"amount\": 1000000, \"annualRatePct\": -0.5e-0}}", "{\"scenario\": {\"priceChangePct\": -0.5}}",
            "{\"loan\": {\"amount\": 10}, \"lang\": \"-0\"}"})
    void zeroAndNumbersMerelyWrittenWithMinusZeroDigitsAreNotNegativeZeros(String json) {
        List<Violation> problems;
        try {
            read(json);
            problems = List.of();
        } catch (InvalidRequestException e) {
            problems = e.violations();
        }
        assertThat(problems).noneMatch(v -> v.detail().contains("negative zero"));
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"loan\": {\"amount\": -1}}                      | loan.amount             | must not be negative",
            "{\"loan\": {\"amount\": \"5400000\"}}             | loan.amount             | must be a JSON number",
            "{\"loan\": {\"annualRatePct\": 30.01}}            | loan.annualRatePct      | must be at most 30, not",
            "{\"loan\": {\"annualRatePct\": -0.5}}             | loan.annualRatePct      | must not be negative",
            "{\"loan\": {\"tenorMonths\": 0}}                  | loan.tenorMonths        | between 1 and 600",
            "{\"loan\": {\"tenorMonths\": 601}}                | loan.tenorMonths        | between 1 and 600",
            "{\"loan\": {\"tenorMonths\": 360.5}}              | loan.tenorMonths        | whole number",
            "{\"loan\": {\"monthsInArrears\": -1}}             | loan.monthsInArrears    | between 0 and 600",
            "{\"loan\": {\"scheme\": \"BANK_STAFF\"}}          | loan.scheme             | STANDARD, MORTGAGE_INSURANCE, STAFF_LOAN",
            "{\"loan\": {\"scheme\": \"standard\"}}            | loan.scheme             | must be one of",
            "{\"loan\": {\"amount\": 1e400}}                   | loan.amount             | must be at most 1000000000000, not",
            // A short number for a huge one: refused as it is written, never worked out in full.
            "{\"loan\": {\"amount\": 1e100000000}}             | loan.amount             | must be at most 1000000000000, not",
            "{\"loan\": {\"annualRatePct\": 1e100000000}}      | loan.annualRatePct      | must be at most 30, not",
            "{\"property\": {\"price\": 1.5e-320}}             | property.price          | at least 0.01",
            "{\"loan\": {\"amount\": null}}                    | loan.amount             | must not be null",
            "{\"loan\": {\"tenorMonths\": 360, \"paymentsMade\": 361}} | loan.paymentsMade | must not exceed loan.tenorMonths",
            "{\"loan\": {\"tenorMonths\": 360, \"paymentsMade\": 360, \"monthsInArrears\": 1}} | loan.monthsInArrears | must not exceed loan.tenorMonths (360) with loan.paymentsMade (360)",
            "{\"loan\": {\"tenorMonths\": 360, \"monthsInArrears\": 361}} | loan.monthsInArrears | must not exceed loan.tenorMonths (360): a loan has no more instalments than its term",
            "{\"loan\": {\"outstanding\": 0, \"monthsInArrears\": 1}} | loan.monthsInArrears | must be 0 when nothing is owed (loan.outstanding is 0)",
            "{\"loan\": {\"amount\": 0, \"monthsInArrears\": 2}} | loan.monthsInArrears | must be 0 when nothing is owed (loan.amount is 0)",
            "{\"loan\": {\"amount\": 1000000, \"outstanding\": 0, \"monthsInArrears\": 2}} | loan.monthsInArrears | (loan.outstanding is 0)",
            "{\"property\": {\"price\": 0}}                    | property.price          | more than 0",
            "{\"property\": {\"price\": 1e13}}                 | property.price          | must be at most 1000000000000, not 1E+13",
            "{\"property\": {\"price\": 0.0099}}               | property.price          | at least 0.01",
            "{\"property\": {\"currentValue\": 1e-300}}        | property.currentValue   | at least 0.01",
            "{\"borrower\": {\"monthlyIncome\": 1e-310}}       | borrower.monthlyIncome  | 0 or at least 0.01",
            "{\"loan\": {\"amount\": 0.009}}                   | loan.amount             | 0 or at least 0.01",
            "{\"loan\": {\"amount\": 0.0099994}}               | loan.amount             | 0 or at least 0.01",
            "{\"loan\": {\"amount\": 0.0000004}}               | loan.amount             | 0 or at least 0.01",
            "{\"loan\": {\"amount\": 1000000000000.000001}}    | loan.amount             | must be at most 1000000000000, not",
            "{\"property\": {\"price\": 0.0000004}}            | property.price          | at least 0.01",
            "{\"property\": {\"use\": \"INVESTMENT\"}}         | property.use            | SELF_USE, NON_SELF_USE",
            "{\"property\": {\"completed\": \"yes\"}}          | property.completed      | true or false",
            "{\"property\": {\"agreementDate\": \"2025-02-30\"}} | property.agreementDate | not a real calendar date",
            "{\"property\": {\"agreementDate\": \"01/03/2025\"}} | property.agreementDate | YYYY-MM-DD",
            "{\"property\": {\"agreementDate\": 20250301}}     | property.agreementDate  | YYYY-MM-DD",
            "{\"asOf\": \"2026-13-01\"}                        | asOf                    | not a real calendar date",
            "{\"asOf\": \"1800-01-01\"}                        | asOf                    | between 1900-01-01 and 2100-12-31",
            "{\"borrower\": {\"employment\": \"RETIRED\"}}     | borrower.employment     | EMPLOYED, SELF_EMPLOYED, UNEMPLOYED",
            "{\"borrower\": {\"bankrupt\": 0}}                 | borrower.bankrupt       | true or false",
            "{\"borrower\": []}                                | borrower                | must be a JSON object",
            "{\"scenario\": {\"priceChangePct\": -101}}        | scenario.priceChangePct | between -100 and 1000",
            "{\"loan\": {\"amont\": 5400000}}                  | loan.amont              | did you mean 'amount'?",
            "{\"lon\": {}}                                     | lon                     | did you mean 'loan'?",
            "[]                                                | ''                      | must be a JSON object",
    })
    void badFieldsAreNamedByTheirPath(String json, String path, String detail) {
        assertThat(violations(json)).anySatisfy(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.detail()).contains(detail);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"loan\": {\"tenorMonths\": 360, \"paymentsMade\": 357, \"monthsInArrears\": 3}}",
            "{\"loan\": {\"tenorMonths\": 360, \"monthsInArrears\": 360}}", "{\"loan\": {\"monthsInArrears\": 600}}"})
    void instalmentsPaidAndOverdueUpToTheTermAreRead(String json) {
        assertThat(read(json).loan().monthsInArrears()).isNotNull();
    }

    /** Sums of money are read to a millionth of a dollar, their bounds too: within one of a bound is at it. */
    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
            "0.009999999,            0.01",
            "0.0099995,              0.01",
            "1000000000000.0000001,  1000000000000",
            "11999999.200000001,     11999999.2",
            "0,                      0"})
    void aSumIsReadToAMillionthOfADollar(String written, double read) {
        assertThat(read("{\"loan\": {\"amount\": " + written + "}}").loan().amount()).isEqualTo(read);
        assertThat(read("{\"property\": {\"price\": " + (read == 0 ? "1" : written) + "}}").property().price())
                .isEqualTo(read == 0 ? 1 : read);
    }

    /**
     * {@code salaried} is mortgage insurance's tier condition, met or not when the loan was made; an owner who
     * was salaried then may be out of work now (facts file §4, the letting consent), so neither is refused.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"borrower\": {\"salaried\": true, \"employment\": \"EMPLOYED\"}}",
            "{\"borrower\": {\"salaried\": true, \"employment\": \"UNEMPLOYED\"}}",
            "{\"borrower\": {\"salaried\": true, \"employment\": \"SELF_EMPLOYED\"}}",
            "{\"borrower\": {\"salaried\": true}}", "{\"borrower\": {\"salaried\": false, \"employment\": \"SELF_EMPLOYED\"}}"})
    void salariedIsReadAsGivenWhateverTheEmploymentNow(String json) {
        assertThat(read(json).borrower().salaried()).isNotNull();
    }

    @Test
    void everyBadFieldIsListedNotJustTheFirst() {
        List<Violation> violations = violations("""
                { "loan": { "amount": -5, "annualRatePct": 45, "tenorMonths": 0, "colour": "red" },
                  "borrower": { "bankrupt": "no" },
                  "asOf": "yesterday" }""");

        assertThat(violations).extracting(Violation::path).containsExactlyInAnyOrder(
                "asOf", "loan.amount", "loan.annualRatePct", "loan.tenorMonths", "loan.colour", "borrower.bankrupt");
    }

    @Test
    void thePointerFollowsRfc6901() {
        assertThat(new Violation("loan.amount", "x").pointer()).isEqualTo("/loan/amount");
        assertThat(new Violation("[3].loan.amount", "x").pointer()).isEqualTo("/3/loan/amount");
        assertThat(new Violation("", "x").pointer()).isEmpty();
    }

    @ParameterizedTest(name = "unknown field {0}: path {1}, pointer {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"a.b\": 1}                  | '[\"a.b\"]'             | /a.b",
            "{\"\": 1}                     | '[\"\"]'                | /",
            "{\"loan\": {\"x/y~z\": 1}}    | 'loan[\"x/y~z\"]'       | /loan/x~1y~0z",
            "{\"loan\": {\"q\\\"[1]\": 1}} | 'loan[\"q\\\"[1]\"]'   | /loan/q\"[1]",
            "{\"loan\": {\"colour\": 1}}   | loan.colour             | /loan/colour",
    })
    void anUnknownFieldWhoseNameIsNoIdentifierIsNamedExactly(String json, String path, String pointer) {
        assertThat(violations(json)).anySatisfy(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.pointer()).isEqualTo(pointer);
            assertThat(v.detail()).contains("not a known field");
        });
    }

    @ParameterizedTest(name = "malformed body: {0}")
    @CsvSource(delimiter = '|', value = {
            "{\"loan\": {\"amount\": 1,}}     | malformed JSON",
            "{\"loan\": {\"amount\": 1}       | malformed JSON",
            "{\"loan\": {\"amount\": NaN}}    | malformed JSON",
            "{\"loan\": {\"amount\": Infinity}} | malformed JSON",
            "{\"loan\": {}, \"loan\": {}}     | is given more than once",
            "{} {}                            | malformed JSON",
            "'   '                            | empty",
    })
    void malformedBodiesAreRefusedClearly(String body, String detail) {
        ThrowingCallable reading = () -> read(body.equals("'   '") ? "   " : body);
        assertThatThrownBy(reading).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).violations().get(0).detail()).contains(detail));
    }

    @Test
    void aDuplicateKeyIsNamedByItsPathBesideEveryOtherMistake() {
        List<Violation> found = violations(
                "{\"borrower\": {\"x\": 1}, \"loan\": {\"amount\": 1, \"amount\": 2}, \"scenario\": {\"y\": 2}}");

        assertThat(found).extracting(Violation::path).containsExactlyInAnyOrder("borrower.x", "loan.amount", "scenario.y");
        assertThat(found).filteredOn(v -> v.path().equals("loan.amount")).singleElement()
                .extracting(Violation::detail).isEqualTo("is given more than once (again at line 1, column 46); give it once");
    }

    @Test
    void aDuplicateKeyBesideANumberStartingMinusZeroStillListsEveryMistake() {
        // The body is read again for a "-0" only where one may be: that reading must not stop at the duplicate.
        assertThat(violations("{\"scenario\": {\"priceChangePct\": -0.5}, \"loan\": {\"amount\": 1, \"amount\": 2,"
                + " \"tenorMonths\": 9999}}")).extracting(Violation::path)
                .containsExactlyInAnyOrder("loan.amount", "loan.tenorMonths");
    }

    @Test
    void aParsingLimitPastADuplicateKeyIsStillPlacedAtItsField() {
        String longNumber = "9".repeat(2_000);
        List<Violation> found = violations("{\"asOf\": \"2026-01-01\", \"asOf\": \"2026-01-01\", \"loan\": {\"amount\": "
                + longNumber + "}}");

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("loan.amount");
            assertThat(v.detail()).contains("a number has more than 64 digits");
        });
    }

    @Test
    void aPartGivenTwiceIsNamedOnce() {
        assertThat(violations("{\"loan\": {}, \"loan\": {\"amount\": 1}, \"loan\": {}}"))
                .extracting(Violation::path).containsExactly("loan");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThatThrownBy(() -> new RequestReader().read(new JsonBodies().parse(body), TODAY))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> read(deep)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("invalid");
    }
}
