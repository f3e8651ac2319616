package hk.negequity.request;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A key given twice in one object ({"amount": 1, "amount": 2}) is refused by its path, beside every other mistake
 * in the body: which of the two was meant cannot be told, and refusing the body at the first one had hidden the
 * rest. The strict parser stops at a duplicate; only then is the body read again without that check, and each
 * duplicated key's value is put back in the tree as a marker for {@link FieldReader} to refuse.
 */
final class DuplicateKeys {

    /** Where the key is given again, as a request's problems say a place: " at line 1, column 25". */
    private record Again(String where) {
    }

    private DuplicateKeys() {
    }

    /** Whether a strict parser's failure is a duplicate key, which {@link #marked} can read past. */
    static boolean isTheFailure(com.fasterxml.jackson.core.JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Duplicate field");
    }

    /**
     * The body read by {@code lenient} (a parser without duplicate detection), each duplicated key's value replaced
     * by a marker. Fails as the lenient parser does on any other malformation.
     */
    static JsonNode marked(ObjectMapper lenient, byte[] body, int offset, int length, JsonLocation origin)
            throws IOException {
        JsonNode tree = lenient.readTree(body, offset, length);
        duplicated(lenient, body, offset, length).forEach((at, location) -> {
            if (tree.at(at.head()) instanceof ObjectNode parent) {
                parent.set(at.last().getMatchingProperty(), new POJONode(new Again(JsonBodies.where(location, origin))));
            }
        });
        return tree;
    }

    /** Where a value in the tree stands for a key given more than once, the place it is given again; else null. */
    static String givenAgainAt(JsonNode value) {
        return value instanceof POJONode pojo && pojo.getPojo() instanceof Again again ? again.where() : null;
    }

    /** Each key given twice, by its path, with where it is first given again. */
    private static Map<JsonPointer, JsonLocation> duplicated(ObjectMapper lenient, byte[] body, int offset, int length)
            throws IOException {
        Map<JsonPointer, JsonLocation> found = new LinkedHashMap<>();
        Deque<Set<String>> objects = new ArrayDeque<>();
        try (JsonParser parser = lenient.getFactory().createParser(body, offset, length)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    objects.push(new HashSet<>());
                } else if (token == JsonToken.END_OBJECT) {
                    objects.pop();
                } else if (token == JsonToken.FIELD_NAME && !objects.peek().add(parser.currentName())) {
                    found.putIfAbsent(parser.getParsingContext().pathAsPointer(), parser.currentTokenLocation());
                }
            }
        }
        return found;
    }
}
