package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The OpenAPI document's worked examples, sent to the real server: each request example of the advice and
 * pre-approval routes must get the answer its 200 example shows (apart from the rule set's version), with the
 * explanation where the example shows one and in the example's language. scripts/update-openapi-examples.py
 * refreshes them.
 */
class OpenApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROUTES = List.of("/v1/advice", "/v1/pre-approval", "/v1/pre-approval/batch");

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
    Stream<DynamicTest> everyWorkedExampleAnswersAsShown() throws IOException {
        JsonNode document = JSON.readTree(Path.of("src/main/resources/openapi.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (String route : ROUTES) {
            JsonNode operation = document.at("/paths/" + route.replace("/", "~1") + "/post");
            JsonNode requests = operation.at("/requestBody/content/application~1json/examples");
            JsonNode answers = operation.at("/responses/200/content/application~1json/examples");
            requests.fieldNames().forEachRemaining(name -> {
                if (answers.has(name)) {
                    tests.add(DynamicTest.dynamicTest(route + " " + name, () -> check(route,
                            requests.get(name).get("value"), answers.get(name).get("value").deepCopy())));
                }
            });
        }
        assertThat(tests).as("worked examples").hasSizeGreaterThanOrEqualTo(5);
        return tests.stream();
    }

    private static void check(String route, JsonNode request, JsonNode shown) {
        String text = shown.toString();
        boolean explain = text.contains("\"notFired\"") || text.contains("\"because\"");
        String language = shown.path("language").asText("en");
        Map<String, String> headers = language.equals("en") ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Accept-Language", language);

        TestServer.Reply reply = server.post(route + (explain ? "?explain=true" : ""), request.toString(), headers);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(withoutVersions(reply.json())).isEqualTo(withoutVersions(shown));
    }

    private static JsonNode withoutVersions(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("rulesetVersion");
        }
        node.forEach(OpenApiExamplesTest::withoutVersions);
        return node;
    }
}
