package hk.negequity.request;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch body: a JSON array whose cases are each read on their own, so that what is wrong inside one case (a
 * duplicate key, a number no type holds) is that case's problem and never the others'. The array itself must
 * be well-formed JSON; where it is not, the whole body is refused as a single request would be.
 */
public final class BatchBodies {

    private final JsonBodies bodies = new JsonBodies();
    /** Only finds where each case begins and ends: it neither checks keys nor converts numbers. */
    private final JsonFactory scanner = JsonFactory.builder()
            .streamReadConstraints(JsonBodies.LIMITS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** Whether the body is meant as a batch: its JSON begins with an array. */
    public static boolean isBatch(byte[] body) {
        return JsonBodies.firstNonSpace(body) == '[';
    }

    /** The cases in order, each parsed when it is read (on the thread that judges it). */
    public List<CaseBody> parse(byte[] body) {
        List<CaseBody> cases = scan(body);
        if (cases == null) {
            bodies.parse(body); // refuses the body with its problem, as for a single request
            throw InvalidRequestException.of("", "must be a JSON array of requests");
        }
        return cases;
    }

    /** Each case's place in the body; null when the body is not a well-formed array. */
    private List<CaseBody> scan(byte[] body) {
        List<CaseBody> cases = new ArrayList<>();
        try (JsonParser parser = scanner.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    return null;
                }
                JsonLocation start = parser.currentTokenLocation();
                parser.skipChildren();
                parser.finishToken(); // a string is read lazily: its end is known only once it is read
                int from = (int) start.getByteOffset();
                int length = (int) parser.currentLocation().getByteOffset() - from;
                cases.add(() -> bodies.parse(body, from, length, start));
            }
            return parser.nextToken() == null ? cases : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
