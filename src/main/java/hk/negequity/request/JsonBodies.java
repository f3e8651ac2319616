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

    private final ObjectMapper mapper;

    public JsonBodies() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** The body as a tree; malformed input becomes an {@link InvalidRequestException} at the root. */
    public JsonNode parse(byte[] body) {
        if (body.length == 0 || isBlank(body)) {
            throw InvalidRequestException.of("", "the request body is empty; send a JSON object");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw InvalidRequestException.of("", "the request body is empty; send a JSON object");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw InvalidRequestException.of("", "the body exceeds a parsing limit: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw InvalidRequestException.of(pathOf(e), "malformed JSON" + where(e.getLocation()) + ": "
                    + firstSentence(e.getOriginalMessage()));
        } catch (IOException e) {
            throw InvalidRequestException.of("", "the body is not valid UTF-8 JSON");
        }
    }

    private static String pathOf(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser) {
            return FieldReader.pathOf(parser.getParsingContext().pathAsPointer().toString());
        }
        return "";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "unexpected content";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
