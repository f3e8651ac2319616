package hk.negequity.request;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Parses request bodies strictly: duplicate keys, trailing content, NaN and Infinity are errors, and
 * nesting, number and string sizes are bounded, so hostile input costs little and fails cleanly.
 */
public final class JsonBodies {

    /** Deeper than any valid request (three levels, four in a batch). */
    public static final int MAX_NESTING_DEPTH = 16;
    /** Digits in one number: far beyond any HK$ amount, far below what costs parse time. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Characters in one string: dates and enum names are short. */
    public static final int MAX_STRING_LENGTH = 1_000;
    /** Characters in one field name: the longest real one is far shorter. */
    public static final int MAX_NAME_LENGTH = 100;

    /** The bounds above, for every parser of a request body. */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build();

    private static final Pattern SOURCE_LOCATION = Pattern.compile(
            "\\s*\\((?:start marker|for \\w+ starting) at \\[Source:.*$|\\s*\\[Source:.*$");
    private static final Pattern FEATURE_ADVICE = Pattern.compile("[:;,]?\\s*enable `[^`]*` to allow.*$");
    /** "(not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)" and the like. */
    private static final Pattern FEATURE_ASIDE = Pattern.compile("\\s*\\([^()]*Feature[^()]*\\)");

    private final ObjectMapper mapper;
    /** The same, but for a key given twice: used only to read past one, to name it beside the other mistakes. */
    private final ObjectMapper lenient;
    private final ParseFailures failures;

    public JsonBodies() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(LIMITS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.lenient = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS)
                        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        // Read again to place a failure or a -0, the body's duplicate keys (reported by field) must not stop them.
        this.failures = new ParseFailures(lenient.getFactory());
    }

    /** The body as a tree; malformed input becomes an {@link InvalidRequestException} at the root. */
    public JsonNode parse(byte[] body) {
        if (body.length == 0 || BodyBytes.isBlank(body)) {
            throw InvalidRequestException.of("", "the request body is empty; send a JSON object");
        }
        return parse(body, 0, body.length, null);
    }

    /**
     * Part of a body as a tree (a batch's case); a failure's line and column are given in the whole body, where
     * the part begins at {@code origin}.
     */
    JsonNode parse(byte[] body, int offset, int length, JsonLocation origin) {
        if (origin == null) {
            BodyBytes.requireUtf8(body, offset, length);
        } else if (BodyBytes.zeroAmongFirstFour(body, offset, length)) {
            // Inside a UTF-8 batch a zero byte is a raw control character, which the parser would take for UTF-32.
            throw InvalidRequestException.of("", "a control character (code 0) is written raw near the start of this"
                    + " case; JSON needs it escaped");
        }
        try {
            JsonNode node = readTree(body, offset, length, origin);
            if (node == null || node.isMissingNode()) {
                throw InvalidRequestException.of("", "the request body is empty; send a JSON object");
            }
            return NegativeZeros.marked(lenient.getFactory(), body, offset, length, node);
        } catch (StreamConstraintsException e) {
            throw failures.beyondLimit(e, body, offset, length);
        } catch (NumberFormatException e) {
            // 1e2147483648: within the length limit, but its exponent fits no number type.
            throw failures.exponentOutOfRange(body, offset, length);
        } catch (JsonProcessingException e) {
            throw malformed(e, origin);
        } catch (IOException e) {
            throw InvalidRequestException.of("", "the body is not valid UTF-8 JSON");
        }
    }

    /** The tree; a key given twice is marked in it ({@link DuplicateKeys}), any other malformation fails. */
    private JsonNode readTree(byte[] body, int offset, int length, JsonLocation origin) throws IOException {
        try {
            return mapper.readTree(body, offset, length);
        } catch (JsonProcessingException e) {
            if (!DuplicateKeys.isTheFailure(e)) {
                throw e;
            }
            return DuplicateKeys.marked(lenient, body, offset, length, origin);
        }
    }

    /** Why the whole body does not parse as strict JSON, or null where it does (or fails otherwise). */
    JsonProcessingException strictFailure(byte[] body) {
        try {
            readTree(body, 0, body.length, null);
            return null;
        } catch (JsonProcessingException e) {
            return e;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A body that does not parse, at the path and place the parser stopped. */
    static InvalidRequestException malformed(JsonProcessingException e, JsonLocation origin) {
        return InvalidRequestException.of(pathOf(e), "malformed JSON" + where(e.getLocation(), origin) + ": "
                + firstSentence(e.getOriginalMessage()));
    }

    private static String pathOf(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser parser ? pathAt(parser) : "";
    }

    /** The field the parser is in, as a request path: loan.amount. */
    static String pathAt(JsonParser parser) {
        return FieldNames.pathOf(parser.getParsingContext().pathAsPointer().toString());
    }

    static String where(JsonLocation location, JsonLocation origin) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        int line = location.getLineNr();
        int column = location.getColumnNr();
        if (origin != null) { // the part's own line 1 starts part way along the body's line
            column = line == 1 ? origin.getColumnNr() + column - 1 : column;
            line = origin.getLineNr() + line - 1;
        }
        return " at line " + line + ", column " + column;
    }

    /**
     * The parser's first line, without what only makes sense inside the server: the "[Source: …]" location
     * (the line and column are given already) and advice to enable a parser feature.
     */
    static String firstSentence(String message) {
        if (message == null) {
            return "unexpected content";
        }
        String line = message.lines().findFirst().orElse(message);
        line = SOURCE_LOCATION.matcher(line).replaceAll("");
        line = FEATURE_ADVICE.matcher(line).replaceAll("");
        line = FEATURE_ASIDE.matcher(line).replaceAll("");
        line = line.strip();
        if (line.isEmpty() || line.contains("`") || line.contains("Feature")) {
            return "unexpected content";
        }
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
