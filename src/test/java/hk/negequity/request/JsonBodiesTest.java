package hk.negequity.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A body that cannot be read is refused with a detail a client can act on, in the service's own words. */
class JsonBodiesTest {

    private final JsonBodies bodies = new JsonBodies();

    private Violation refusal(String body) {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> bodies.parse(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused).as("%s is refused", body).isNotNull();
        assertThat(refused.violations()).hasSize(1);
        return refused.violations().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "a truncated object         | {\"loan\": {\"amount\": 54                | loan.amount | line 1, column 23",
            "a closing brace too many   | {\"a\": 1}}                              |             | line 1, column 9",
            "single quotes              | {'a': 1}                                 |             | line 1, column 2",
            "a misspelt true            | {\"a\": tru}                              | a           | line 1, column 7",
            "a trailing comma           | {\"a\": 1,}                               | a           | line 1, column 9",
            "NaN                        | {\"a\": NaN}                              | a           | line 1, column 10",
            "Infinity                   | {\"a\": -Infinity}                        | a           | column",
            "an unterminated string     | \"x                                       |             | line 1, column 3",
            "a comment                  | {/* c */}                                 |             | line 1, column 2",
            "an unquoted key            | {loan: 1}                                 |             | line 1, column 2",
            "a leading plus             | {\"a\": +1}                               | a           | line 1",
            "a leading zero             | {\"a\": 01}                               | a           | line 1"})
    void malformedJsonIsRefusedAtItsLineAndColumnWithoutTheParsersInternals(String what, String body, String path,
                                                                           String where) {
        Violation violation = refusal(body);

        assertThat(violation.path()).isEqualTo(path == null ? "" : path);
        assertThat(violation.detail()).startsWith("malformed JSON").contains(where)
                .doesNotContain("`", "Source", "Feature", "REDACTED", "jackson", "Jackson", "StreamRead");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "an object closed by ]  | {\"loan\": {\"amount\": 1]} | malformed JSON at line 1, column 22: Unexpected close marker ']': expected '}'",
            "an array closed by }   | [1}                       | malformed JSON at line 1, column 3: Unexpected close marker '}': expected ']'"})
    void aMismatchedCloseMarkerIsToldInAWholeSentence(String what, String body, String detail) {
        assertThat(refusal(body).detail()).isEqualTo(detail);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "17 levels of nesting       | scenario          | it nests objects and arrays more than 16 deep",
            "a 65-digit number          | loan.amount       | a number has more than 64 digits",
            "a 65-digit decimal         | loan.amount       | a number has more than 64 digits",
            "a 2000-digit number        | loan.amount       | a number has more than 64 digits",
            "a 2000-digit decimal       | loan.amount       | a number has more than 64 digits",
            "a 2000-digit body          | ''                | a number has more than 64 digits",
            "a 1001-character string    | lang              | a string has more than 1000 characters",
            "a 101-character field name | borrower          | a field name has more than 100 characters"})
    void aBodyBeyondAParsingLimitIsRefusedNamingTheLimitAndWhere(String what, String path, String detail) {
        String body = switch (what.strip()) {
            case "17 levels of nesting" -> "{\"scenario\": " + "[".repeat(16) + "]".repeat(16) + "}";
            case "a 65-digit number" -> "{\"loan\": {\"amount\": " + "9".repeat(65) + "}}";
            case "a 65-digit decimal" -> "{\"loan\": {\"amount\": 1." + "9".repeat(64) + "}}";
            case "a 2000-digit number" -> "{\"loan\": {\"amount\": " + "9".repeat(2_000) + "}}";
            case "a 2000-digit decimal" -> "{\"loan\": {\"amount\": -1." + "9".repeat(1_998) + "e5}}";
            case "a 2000-digit body" -> "  " + "9".repeat(2_000);
            case "a 1001-character string" -> "{\"lang\": \"" + "x".repeat(1001) + "\"}";
            default -> "{\"borrower\": {\"" + "k".repeat(101) + "\": 1}}";
        };

        Violation violation = refusal(body);

        assertThat(violation.path()).startsWith(path.strip());
        assertThat(violation.detail()).isEqualTo("the body exceeds a parsing limit: " + detail.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"5432109e9999999999", "1e2147483648", "0e99999999999", "1e-99999999999", "-1e-2147483649"})
    void aNumberWhoseExponentIsOutOfAnyRangeIsRefusedWhereItIs(String number) {
        String body = "{\"lang\": \"en\", \"loan\": {\"tenorMonths\": 360, \"amount\": " + number + "}}";
        // The parser of Java 17 refuses 1e2147483648; a later JDK's reads it, and the request's reading refuses it.
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> new RequestReader().read(bodies.parse(body.getBytes(StandardCharsets.UTF_8)),
                        LocalDate.of(2026, 11, 30)));
        assertThat(refused).as("%s is refused", body).isNotNull();
        assertThat(refused.violations()).hasSize(1);
        Violation violation = refused.violations().get(0);

        assertThat(violation.path()).isEqualTo("loan.amount");
        assertThat(violation.detail()).isEqualTo("the number's exponent is out of range")
                .as("the value is the borrower's, and is not repeated").doesNotContain(number);
    }

    @Test
    void nestingBeyondTheLimitAtTheRootIsRefusedAtTheRoot() {
        Violation violation = refusal("[".repeat(17) + "]".repeat(17));

        assertThat(violation.detail()).isEqualTo("the body exceeds a parsing limit: it nests objects and arrays "
                + "more than 16 deep");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "16 levels of nesting  | 16",
            "a 64-digit number     | 64",
            "a 1000-character name | 100"})
    void aBodyAtEachLimitIsRead(String what, int size) {
        String body = switch (what.strip()) {
            case "16 levels of nesting" -> "[".repeat(size) + "]".repeat(size);
            case "a 64-digit number" -> "{\"a\": " + "9".repeat(size) + "}";
            default -> "{\"" + "k".repeat(size) + "\": \"" + "x".repeat(1000) + "\"}";
        };

        assertThat(bodies.parse(body.getBytes(StandardCharsets.UTF_8)).isContainerNode()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"an empty body | ''", "only spaces | '   '", "only a newline | '\n'"})
    void anEmptyBodyIsRefusedAsEmpty(String what, String body) {
        assertThat(refusal(body).detail()).isEqualTo("the request body is empty; send a JSON object");
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsSkippedAndAloneItIsAnEmptyBody() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] object = "{\"loan\": {\"amount\": 5}}".getBytes(StandardCharsets.UTF_8);
        byte[] array = "  [{}, {}]".getBytes(StandardCharsets.UTF_8);

        assertThat(bodies.parse(concat(bom, object)).at("/loan/amount").asInt()).isEqualTo(5);
        assertThat(BatchBodies.isBatch(concat(bom, array))).isTrue();
        assertThat(new BatchBodies().parse(concat(bom, array))).hasSize(2);
        InvalidRequestException alone = catchThrowableOfType(InvalidRequestException.class, () -> bodies.parse(bom));
        assertThat(alone.violations().get(0).detail()).isEqualTo("the request body is empty; send a JSON object");
    }

    @Test
    void aBodyStartingWithAByteAbove127IsNotTakenForEmpty() {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> bodies.parse("é".getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.violations().get(0).detail()).startsWith("malformed JSON");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    @Test
    void aBodyTheParserWouldReadAsUtf16OrUtf32IsRefusedAsNotUtf8() {
        String json = "{\"loan\": {\"amount\": 5400000}}";
        for (java.nio.charset.Charset charset : List.of(java.nio.charset.StandardCharsets.UTF_16,
                java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16BE,
                java.nio.charset.Charset.forName("UTF-32"), java.nio.charset.Charset.forName("UTF-32LE"))) {
            InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                    () -> bodies.parse(json.getBytes(charset)));
            assertThat(refused).as("%s", charset).isNotNull();
            assertThat(refused.violations().get(0).detail()).as("%s", charset).contains("not UTF-8");
        }
        assertThat(bodies.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).path("loan").path("amount")
                .asInt()).isEqualTo(5_400_000);
    }

    @Test
    void aRawNulInABatchCaseIsNamedAsSuchNotAsAnotherEncoding() {
        byte[] batch = "[{\"asOf\": \"2026-11-28\"}, \"\u0000abc\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<CaseBody> cases = new BatchBodies().parse(batch);

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> cases.get(1).read());
        assertThat(refused.violations().get(0).detail()).contains("control character").doesNotContain("UTF-16");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> bodies.parse(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));

        assertThat(refused).isNotNull();
        assertThat(refused.violations().get(0).detail()).doesNotContain("`", "Source");
    }
}
