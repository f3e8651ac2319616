package hk.negequity.http;

import static hk.negequity.http.OpenApiDocument.abbreviated;
import static hk.negequity.http.OpenApiDocument.schemaOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * GET /openapi.json is an OpenAPI 3.1 document that declares exactly the routes the app declares, whose
 * schemas are strict JSON Schema 2020-12, and whose examples are true of the real server.
 */
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer server;
    private static OpenApiDocument openApi;

    @BeforeAll
    static void start() throws hk.negequity.engine.RuleSetException {
        server = serverWithAdmin(); // with every route, the reload route too
        openApi = OpenApiDocument.servedBy(server);
    }

    /** With an admin token, as only then does the reload route exist. */
    private static TestServer serverWithAdmin() throws hk.negequity.engine.RuleSetException {
        return new TestServer(hk.negequity.engine.RuleSetHolder.load(java.nio.file.Path.of("rules"),
                new hk.negequity.engine.RuleSetLoader(java.time.Clock.systemUTC())),
                HttpSettings.defaults().withAdminToken("token"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestServer.Reply post(String path, String body) {
        return server.post(path, body);
    }

    // ------------------------------------------------------------------ the openApi.document

    @Nested
    class TheDocument {

        @Test
        void isServedAsOpenApi31() {
            assertThat(openApi.document.path("openapi").asText()).matches("3\\.1\\.\\d+");
            assertThat(openApi.document.path("info").path("title").asText()).isNotBlank();
            assertThat(openApi.document.path("paths").isObject()).isTrue();
        }

        @Test
        void declaresExactlyTheRoutesTheAppDeclares() throws Exception {
            Set<String> declared = new TreeSet<>(server.app().routes());
            // HEAD answers as the GET of the same path does, which documents both.
            Set<String> heads = declared.stream().filter(route -> route.startsWith("HEAD ")).collect(Collectors.toSet());
            assertThat(heads).allSatisfy(head -> assertThat(declared).contains("GET " + head.substring(5)));
            declared.removeAll(heads);

            assertThat(declared).as("routes read from the app").isNotEmpty().contains("POST /v1/advice");
            assertThat(openApi.routes())
                    .as("documented routes; missing from the openApi.document: %s; documented but not declared: %s",
                            difference(declared, openApi.routes()), difference(openApi.routes(), declared))
                    .isEqualTo(declared);
        }

        @Test
        void theServedDocumentHasTheReloadRouteOnlyWhereTheServiceHasIt() throws Exception {
            assertThat(openApi.document.path("paths").has(ApiDocs.RELOAD_PATH)).isTrue();
            try (TestServer withoutToken = new TestServer()) {
                JsonNode document = withoutToken.get("/openapi.json").json();

                assertThat(document.path("paths").has(ApiDocs.RELOAD_PATH)).isFalse();
                assertThat(document.path("tags").findValuesAsText("name")).doesNotContain("admin").contains("advice");
                assertThat(withoutToken.post(ApiDocs.RELOAD_PATH, "").status()).isEqualTo(404);
                assertThat(new TreeSet<>(withoutToken.app().routes())).noneMatch(route -> route.contains(ApiDocs.RELOAD_PATH));
            }
        }

        private Set<String> difference(Set<String> a, Set<String> b) {
            Set<String> rest = new TreeSet<>(a);
            rest.removeAll(b);
            return rest;
        }

        @Test
        void everySchemaIsJsonSchema2020WithoutUnknownKeywords() {
            openApi.document.at("/components/schemas").fieldNames().forEachRemaining(name ->
                    openApi.schemaAt(schemaOf(name)).initializeValidators());
        }

        @Test
        void everyRefPointsIntoTheDocument() {
            List<String> dangling = new ArrayList<>();
            findRefs(openApi.document, dangling);
            assertThat(dangling).as("$refs that resolve to nothing").isEmpty();
        }

        @Test
        void everyExplainedRuleInTheExamplesIsAtTheLineItNames() throws java.io.IOException {
            List<String> stale = new ArrayList<>();
            findExplainedRules(openApi.document, stale);
            assertThat(stale).as("example rules whose line is not their rule's line in rules/").isEmpty();
        }

        private void findExplainedRules(JsonNode node, List<String> stale) throws java.io.IOException {
            // An advice item or a rule not fired names its rule as "rule"; an entry of the rule catalogue as "name".
            String rule = node.path("rule").isTextual() ? "rule" : node.path("name").isTextual() ? "name" : null;
            if (node.isObject() && rule != null && node.has("file") && node.has("line")) {
                List<String> lines = java.nio.file.Files.readAllLines(
                        java.nio.file.Path.of("rules", node.get("file").asText()));
                int line = node.get("line").asInt();
                String expected = "rule \"" + node.get(rule).asText() + "\"";
                if (line < 1 || line > lines.size() || !lines.get(line - 1).startsWith(expected)) {
                    stale.add(node.get("file").asText() + ":" + line + " " + expected);
                }
            }
            for (JsonNode child : node) {
                findExplainedRules(child, stale);
            }
        }

        private void findRefs(JsonNode node, List<String> dangling) {
            if (node.isObject()) {
                JsonNode target = node.get("$ref");
                if (target != null && target.isTextual() && (!target.asText().startsWith("#/")
                        || openApi.document.at(target.asText().substring(1)).isMissingNode())) {
                    dangling.add(target.asText());
                }
            }
            node.elements().forEachRemaining(child -> findRefs(child, dangling));
        }

        @Test
        void everyOperationHasASummaryADescriptionAndWorkedExamples() {
            Set<String> incomplete = new TreeSet<>();
            openApi.document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                if (!OpenApiDocument.METHODS.contains(op.getKey())) {
                    return;
                }
                JsonNode operation = op.getValue();
                String name = op.getKey() + " " + path.getKey();
                if (operation.path("summary").asText().isBlank() || operation.path("description").asText().isBlank()) {
                    incomplete.add(name + ": summary or description");
                }
                if (operation.has("requestBody") && !operation.at("/requestBody/content/application~1json/examples")
                        .elements().hasNext()) {
                    incomplete.add(name + ": request example");
                }
                String ok = openApi.responsePointer(op.getKey(), path.getKey(), 200);
                boolean answered = false;
                for (Iterator<JsonNode> media = openApi.document.at(ok + "/content").elements(); media.hasNext(); ) {
                    answered |= media.next().path("examples").elements().hasNext();
                }
                if (!answered) {
                    incomplete.add(name + ": 200 example");
                }
            }));
            assertThat(incomplete).isEmpty();
        }

        @Test
        void theValidatorRefusesAnswersThatDoNotMatch() {
            // Guards against a validator that passes everything, such as one whose $refs resolve to nothing.
            ObjectNode answer = (ObjectNode) post("/v1/advice", AdviceEndpointTest.EXAMPLE).json();
            String schema = openApi.responsePointer("post", "/v1/advice", 200) + "/content/application~1json/schema";
            assertThat(openApi.violations(schema, answer)).isEmpty();

            ObjectNode extraField = answer.deepCopy().put("unexpected", 1);
            ObjectNode noAdvice = answer.deepCopy();
            noAdvice.remove("advice");
            ObjectNode badSeverity = answer.deepCopy();
            ((ObjectNode) badSeverity.get("advice").get(0)).put("severity", "HIGH");
            ObjectNode badFigure = answer.deepCopy();
            ((ObjectNode) badFigure.get("figures")).put("ltvPct", "ninety");

            assertThat(openApi.violations(schema, extraField)).isNotEmpty();
            assertThat(openApi.violations(schema, noAdvice)).isNotEmpty();
            assertThat(openApi.violations(schema, badSeverity)).isNotEmpty();
            assertThat(openApi.violations(schema, badFigure)).isNotEmpty();
        }
    }

    // ------------------------------------------------------------------ the examples

    @Nested
    class TheExamples {

        @TestFactory
        Stream<DynamicTest> everyRequestExampleMatchesItsSchemaAndTheServerAnswersIt200() {
            List<OpenApiDocument.Example> requests = openApi.examples("request");
            assertThat(requests).isNotEmpty();
            return requests.stream().map(example -> DynamicTest.dynamicTest(example.pointer(), () -> {
                assertThat(openApi.violations(example.mediaType() + "/schema", example.value()))
                        .as("%s against its schema", example.pointer()).isEmpty();
                String[] operation = example.operation().split(" ");
                TestServer.Reply reply = operation[0].equals("POST")
                        ? post(operation[1], JSON.writeValueAsString(example.value()))
                        : server.get(operation[1]);
                assertThat(reply.status()).as("%s: %s", example.pointer(), abbreviated(reply.body())).isEqualTo(200);
                openApi.assertDocumented(operation[0].toLowerCase(Locale.ROOT), operation[1], reply);
            }));
        }

        @TestFactory
        Stream<DynamicTest> everyResponseExampleMatchesItsOwnSchema() {
            List<OpenApiDocument.Example> responses = openApi.examples("response");
            assertThat(responses).hasSizeGreaterThan(openApi.document.get("paths").size());
            return responses.stream().map(example -> DynamicTest.dynamicTest(example.operation() + " "
                    + example.pointer(), () -> assertThat(openApi.violations(example.mediaType() + "/schema",
                    example.value())).as(example.pointer()).isEmpty()));
        }
    }
}
