package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's curl examples, sent to the real server: each answer must be the one the README shows
 * (apart from the rule set's version, which changes with every rule edit); an excerpt shows some of the
 * answer's fields, each exactly.
 */
class ReadmeExamplesTest {

    private static final Pattern MARKER = Pattern.compile(
            "<!-- example:([\\w-]+):(request|response|response-excerpt) -->\\s*```\\w*\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CURL_URL = Pattern.compile("localhost:7070(/[^\\s']*)");
    private static final Pattern CURL_HEADER = Pattern.compile("-H '([^:]+): ([^']*)'");
    private static final Pattern CURL_BODY = Pattern.compile("-d '(.*?)'", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeExampleAnswersAsShown() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Map<String, String[]> examples = new LinkedHashMap<>();
        Matcher matcher = MARKER.matcher(readme);
        while (matcher.find()) {
            String[] pair = examples.computeIfAbsent(matcher.group(1), k -> new String[3]);
            pair[matcher.group(2).equals("request") ? 0 : 1] = matcher.group(3);
            pair[2] = matcher.group(2).equals("request") ? pair[2] : matcher.group(2);
        }
        assertThat(examples).as("README examples").isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        examples.forEach((name, pair) -> tests.add(DynamicTest.dynamicTest(name, () -> check(name, pair))));
        return tests.stream();
    }

    private static void check(String name, String[] pair) throws IOException {
        assertThat(pair[0]).as(name + " request").isNotNull();
        assertThat(pair[1]).as(name + " response").isNotNull();
        Matcher url = CURL_URL.matcher(pair[0]);
        assertThat(url.find()).as(name + ": a curl command to localhost:7070").isTrue();
        Map<String, String> headers = new LinkedHashMap<>();
        Matcher header = CURL_HEADER.matcher(pair[0]);
        while (header.find()) {
            headers.put(header.group(1), header.group(2));
        }
        Matcher body = CURL_BODY.matcher(pair[0]);
        TestServer.Reply reply = body.find()
                ? server.post(url.group(1), body.group(1), headers)
                : server.get(url.group(1));

        JsonNode expected = withoutVersion(JSON.readTree(pair[1]));
        JsonNode actual = withoutVersion(reply.json());
        if (pair[2].equals("response-excerpt")) {
            assertThat(excerptOf(expected, actual)).as(name + " answer " + actual + " shows the excerpt").isTrue();
        } else {
            assertThat(actual).as(name + " answer").isEqualTo(expected);
        }
    }

    /**
     * An excerpt shows part of the answer, exactly: some fields of each object, and some elements of each
     * array, in their order ("*" marks an array whose other elements are left out).
     */
    static boolean excerptOf(JsonNode excerpt, JsonNode actual) {
        if (excerpt.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            for (var fields = excerpt.fields(); fields.hasNext(); ) {
                var field = fields.next();
                if (!actual.has(field.getKey()) || !excerptOf(field.getValue(), actual.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (excerpt.isArray()) {
            if (!actual.isArray()) {
                return false;
            }
            int next = 0;
            for (JsonNode wanted : excerpt) {
                if (wanted.isTextual() && wanted.asText().equals("*")) {
                    continue; // "and every other element"
                }
                while (next < actual.size() && !excerptOf(wanted, actual.get(next))) {
                    next++;
                }
                if (next == actual.size()) {
                    return false;
                }
                next++;
            }
            return true;
        }
        return excerpt.equals(actual);
    }

    private static JsonNode withoutVersion(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("rulesetVersion");
        }
        return node;
    }
}
