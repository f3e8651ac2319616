package hk.negequity.request;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch body: a JSON array whose cases are each read on their own, so that what is wrong inside one case (a
 * duplicate key, a number no type holds, NaN, a quote JSON does not know) is that case's problem and never the
 * others'. The array itself must be well-formed; where it is not, the whole body is refused, with the place
 * where it breaks.
 */
public final class BatchBodies {

    private final JsonBodies bodies = new JsonBodies();
    /**
     * Only finds where each case begins and ends: it neither checks keys nor converts numbers, and lets pass what
     * JSON forbids only within a value (each case's own reading refuses it), never between the cases.
     */
    private final JsonFactory scanner = JsonFactory.builder()
            .streamReadConstraints(JsonBodies.LIMITS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS, JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    /** Whether the body is meant as a batch: its JSON begins with an array. */
    public static boolean isBatch(byte[] body) {
        return BodyBytes.firstNonSpace(body) == '[';
    }

    /** The cases in order, each parsed when it is read (on the thread that judges it). */
    public List<CaseBody> parse(byte[] body) {
        if (BodyBytes.isBlank(body)) {
            throw InvalidRequestException.of("", "the request body is empty; send a JSON array of requests");
        }
        BodyBytes.requireUtf8(body, 0, body.length);
        long[] caseStart = {-1};
        try {
            List<CaseBody> cases = scan(body, caseStart);
            if (cases != null) {
                return cases;
            }
        } catch (StreamConstraintsException e) {
            // A parsing limit: the strict reading below says which, and where.
        } catch (JsonProcessingException e) {
            throw brokenArray(body, e, caseStart[0]);
        } catch (IOException | RuntimeException e) {
            // The strict reading below refuses it with its problem.
        }
        bodies.parse(body); // refuses the body with its problem, as for a single request
        throw InvalidRequestException.of("", "must be a JSON array of requests");
    }

    /**
     * Where the array breaks, not a case's own mistake before it (a duplicate key in the first case of a body cut
     * short in the second); but where strict JSON breaks first within the same case, there, in strict JSON's words.
     */
    private InvalidRequestException brokenArray(byte[] body, JsonProcessingException lenient, long caseStart) {
        JsonProcessingException strict = bodies.strictFailure(body);
        if (strict != null && strict.getLocation() != null && caseStart >= 0
                && strict.getLocation().getByteOffset() >= caseStart) {
            return JsonBodies.malformed(strict, null);
        }
        return JsonBodies.malformed(lenient, null);
    }

    /**
     * Each case's place in the body; null when the body is not an array or has more after it. {@code caseStart}
     * holds where the case being read began, for a failure.
     */
    private List<CaseBody> scan(byte[] body, long[] caseStart) throws IOException {
        List<CaseBody> cases = new ArrayList<>();
        try (JsonParser parser = scanner.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            // The parser throws at an end of input inside the array: a token is never null here.
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                JsonLocation start = parser.currentTokenLocation();
                caseStart[0] = start.getByteOffset();
                long shape = skipTakingShape(parser);
                parser.finishToken(); // a string is read lazily: its end is known only once it is read
                int from = (int) start.getByteOffset();
                int length = (int) parser.currentLocation().getByteOffset() - from;
                cases.add(new ScannedCase(bodies, body, from, length, start, shape));
            }
            return parser.nextToken() == null ? cases : null;
        }
    }

    /** A case found by the scan, parsed when it is read. */
    private record ScannedCase(JsonBodies bodies, byte[] body, int from, int length, JsonLocation start, long shape)
            implements CaseBody {

        @Override
        public JsonNode read() {
            return bodies.parse(body, from, length, start);
        }
    }

    /**
     * Moves past the value the parser is at, as {@link JsonParser#skipChildren} does, and gives its {@link
     * CaseBody#shape}: each field's name and depth, mixed, summed so that their order does not count.
     */
    private static long skipTakingShape(JsonParser parser) throws IOException {
        long shape = 0;
        int depth = 0;
        for (JsonToken token = parser.currentToken(); ; token = parser.nextToken()) {
            if (token == null) { // Jackson throws at an end of input inside a value; should one not, neither do we loop
                throw new JsonEOFException(parser, null, "Unexpected end-of-input within a case");
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            } else if (token == JsonToken.FIELD_NAME) {
                shape += mix(parser.currentName().hashCode() * 31L + depth);
            }
            if (depth == 0) {
                return shape;
            }
        }
    }

    /** Spreads a field's number over the long's bits (SplitMix64's finaliser), so that sums of few rarely meet. */
    private static long mix(long value) {
        long z = value * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
