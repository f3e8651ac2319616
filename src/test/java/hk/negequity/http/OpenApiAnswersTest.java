package hk.negequity.http;

import static hk.negequity.http.OpenApiDocument.abbreviated;
import static hk.negequity.http.OpenApiDocument.schemaOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real server's answers, problems included, validate against the OpenAPI document's schemas for their
 * route, status and media type; and what the request schema refuses, the server refuses with a 400.
 */
class OpenApiAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer server;
    private static OpenApiDocument openApi;

    @BeforeAll
    static void start() {
        server = new TestServer();
        openApi = OpenApiDocument.servedBy(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestServer.Reply post(String path, String body) {
        return server.post(path, body);
    }

    private static TestServer.Reply post(String path, String body, String acceptLanguage) {
        return server.post(path, body, Map.of("Content-Type", "application/json", "Accept-Language", acceptLanguage));
    }


    private static final String CASE = """
            { "asOf": "2026-11-28",
              "property": { "price": 6000000, "valuation": 5900000, "currentValue": 4900000,
                            "use": "SELF_USE", "completed": true, "agreementDate": "2025-03-01" },
              "loan": { "amount": 5400000, "outstanding": 5000000, "annualRatePct": 3.5, "tenorMonths": 360,
                        "paymentsMade": 0, "scheme": "MORTGAGE_INSURANCE", "monthsInArrears": 0 },
              "borrower": { "monthlyIncome": 40000, "otherMonthlyDebt": 2000, "liquidReserves": 150000,
                            "firstTimeBuyer": true, "salaried": true, "employment": "EMPLOYED",
                            "bankrupt": false },
              "scenario": { "priceChangePct": -10 } }""";

    private static final String IN_ARREARS = """
            { "asOf": "2026-11-28",
              "property": { "price": 16000000, "valuation": 15000000, "currentValue": 9000000,
                            "use": "NON_SELF_USE", "completed": false, "agreementDate": "2023-08-01",
                            "stagePayment": true },
              "loan": { "amount": 10000000, "annualRatePct": 4, "tenorMonths": 480, "paymentsMade": 12,
                        "scheme": "STAFF_LOAN", "monthsInArrears": 3 },
              "borrower": { "monthlyIncome": 40000, "liquidReserves": 10000, "employment": "UNEMPLOYED",
                            "bankrupt": true } }""";

    @Test
    void adviceMatches() {
        openApi.assertDocumented("post", "/v1/advice", post("/v1/advice", CASE));
        openApi.assertDocumented("post", "/v1/advice", post("/v1/advice", IN_ARREARS));
        openApi.assertDocumented("post", "/v1/advice", post("/v1/advice", "{}"));
    }

    @Test
    void explainedAdviceMatches() {
        openApi.assertDocumented("post", "/v1/advice", post("/v1/advice?explain=true", CASE));
        openApi.assertDocumented("post", "/v1/advice", post("/v1/advice?explain=true", "{}"));
        openApi.assertDocumented("post", "/v1/advice", post("/v1/advice?explain=false", CASE));
    }

    @Test
    void adviceInTraditionalChineseMatches() {
        TestServer.Reply byHeader = post("/v1/advice", CASE, "zh-HK");
        TestServer.Reply byBody = post("/v1/advice?explain=true",
                "{\"lang\": \"zh-HK\", \"loan\": {\"amount\": 1}}");

        assertThat(byHeader.header("Content-Language")).isEqualTo("zh-HK");
        openApi.assertDocumented("post", "/v1/advice", byHeader);
        openApi.assertDocumented("post", "/v1/advice", byBody);
        openApi.assertDocumented("post", "/v1/advice", post("/v1/advice", CASE, "zh-CN"));
    }

    @Test
    void preApprovalMatches() {
        openApi.assertDocumented("post", "/v1/pre-approval", post("/v1/pre-approval", CASE));
        openApi.assertDocumented("post", "/v1/pre-approval", post("/v1/pre-approval?explain=true", IN_ARREARS));
        openApi.assertDocumented("post", "/v1/pre-approval", post("/v1/pre-approval", "{\"asOf\": \"2020-01-01\"}"));
    }

    @Test
    void aBatchWithABadCaseInsideMatches() {
        TestServer.Reply reply = post("/v1/pre-approval/batch?explain=true", "[" + CASE + ", "
                + "{\"loan\": {\"amount\": -5}}, " + IN_ARREARS + ", {}]");

        assertThat(reply.status()).isEqualTo(200);
        openApi.assertDocumented("post", "/v1/pre-approval/batch", reply);
        openApi.assertDocumented("post", "/v1/pre-approval/batch", post("/v1/pre-approval/batch", "[]"));
    }

    @Test
    void theRuleCatalogueMatches() {
        openApi.assertDocumented("get", "/v1/rules", server.get("/v1/rules"));
        openApi.assertDocumented("get", "/v1/rules", server.get("/v1/rules?lang=zh-HK"));
        openApi.assertDocumented("get", "/v1/rules", server.get("/v1/rules?lang=zh-CN"));
    }

    @Test
    void healthMetricsAndDocsMatch() {
        openApi.assertDocumented("get", "/health/live", server.get("/health/live"));
        openApi.assertDocumented("get", "/health/ready", server.get("/health/ready"));
        openApi.assertDocumented("get", "/metrics", server.get("/metrics"));
        openApi.assertDocumented("get", "/openapi.json", server.get("/openapi.json"));
        openApi.assertDocumented("get", "/docs", server.get("/docs"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/docs/ui", "/docs/ui/", "/docs/ui/index.html", "/docs/ui/swagger-initializer.js"})
    void swaggerUisOwnPagesSendTheReaderToThisServicesDocs(String path) {
        TestServer.Reply reply = server.get(path);

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).isEqualTo("/docs");
    }

    @Test
    void theDocsPageLoadsSwaggerUisAssetsAndThisServicesDocument() {
        assertThat(server.get("/docs").body()).contains("url: \"/openapi.json\"");
        assertThat(server.get("/docs/ui/swagger-ui-bundle.js").status()).isEqualTo(200);
        assertThat(server.get("/docs/ui/swagger-ui.css").status()).isEqualTo(200);
    }

    @Test
    void aBadRequestIsADocumented400Problem() {
        TestServer.Reply reply = post("/v1/advice", "{\"loan\": {\"amount\": -1, \"tenorMonth\": 360}}");

        assertThat(reply.status()).isEqualTo(400);
        openApi.assertDocumented("post", "/v1/advice", reply);
        openApi.assertDocumented("post", "/v1/advice", post("/v1/advice", "{\"loan\": {\"amount\": 54"));
        openApi.assertDocumented("post", "/v1/advice", post("/v1/advice?explain=yes", "{}"));
        openApi.assertDocumented("post", "/v1/pre-approval", post("/v1/pre-approval", "[]"));
        openApi.assertDocumented("post", "/v1/pre-approval/batch", post("/v1/pre-approval/batch", "{}"));
    }

    @Test
    void aParameterTheCatalogueDoesNotReadIsADocumented400Problem() {
        TestServer.Reply reply = server.get("/v1/rules?lnag=zh-HK");

        assertThat(reply.status()).isEqualTo(400);
        openApi.assertDocumented("get", "/v1/rules", reply);
    }

    @Test
    void aStatusAnOperationDoesNotListIsItsDocumentedDefaultProblem() {
        TestServer.Reply headersTooLarge = server.get("/v1/rules", Map.of("X-Padding", "a".repeat(20_000)));
        TestServer.Reply uriTooLong = server.get("/health/live?" + "a".repeat(20_000));

        assertThat(headersTooLarge.status()).isEqualTo(431);
        assertThat(uriTooLong.status()).isEqualTo(414);
        openApi.assertDocumented("get", "/v1/rules", headersTooLarge);
        openApi.assertDocumented("get", "/health/live", uriTooLong);
        assertThat(openApi.document.path("paths")).allSatisfy(operations -> assertThat(operations)
                .allSatisfy(operation -> assertThat(operation.path("responses").has("default")).isTrue()));
    }

    @Test
    void aBodyThatIsNotJsonIsADocumented415Problem() {
        TestServer.Reply reply = server.post("/v1/advice", "{}", Map.of("Content-Type", "text/plain"));

        assertThat(reply.status()).isEqualTo(415);
        openApi.assertDocumented("post", "/v1/advice", reply);
        openApi.assertDocumented("post", "/v1/pre-approval", server.post("/v1/pre-approval", "{}", Map.of()));
        openApi.assertDocumented("post", "/v1/pre-approval/batch", server.post("/v1/pre-approval/batch", "[]",
                Map.of("Content-Type", "application/json; charset=latin1")));
    }

    @Test
    void aBodyTooLargeIsADocumented413Problem() {
        TestServer.Reply reply = post("/v1/advice", "{\"loan\": {\"amount\": 1" + " ".repeat(70_000) + "}}");

        assertThat(reply.status()).isEqualTo(413);
        openApi.assertDocumented("post", "/v1/advice", reply);
        openApi.assertDocumented("post", "/v1/pre-approval/batch", post("/v1/pre-approval/batch",
                Stream.generate(() -> "{}").limit(1_001).collect(Collectors.joining(",", "[", "]"))));
    }

    @Test
    void withoutATokenTheReloadRouteIsNeitherServedNorDocumented() {
        TestServer.Reply reply = server.send(HttpRequest.newBuilder(URI.create(server.base()
                + "/v1/admin/rules/reload")).POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(openApi.document.path("paths").has("/v1/admin/rules/reload")).isFalse();
    }

    @Test
    void anUnknownRouteIsAProblemOfTheDocumentedSchema() {
        TestServer.Reply reply = server.get("/v1/nothing-here");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(openApi.violations(schemaOf("Problem"), reply.json())).isEmpty();
    }

    // ------------------------------------------------------------------ what the schema refuses, the server refuses

    static Stream<Arguments> requestsTheSchemaRefuses() {
        return Stream.of(
                Arguments.of("a negative amount", "{\"loan\": {\"amount\": -1}}"),
                Arguments.of("an amount above HK$10^12", "{\"loan\": {\"amount\": 1e13}}"),
                Arguments.of("an amount as a string", "{\"loan\": {\"amount\": \"5400000\"}}"),
                Arguments.of("a price of 0", "{\"property\": {\"price\": 0}}"),
                Arguments.of("an unknown field", "{\"borrower\": {\"liquidReserve\": 150000}}"),
                Arguments.of("an unknown top-level field", "{\"loans\": {}}"),
                Arguments.of("an explicit null", "{\"property\": {\"use\": null}}"),
                Arguments.of("a rate above 30%", "{\"loan\": {\"annualRatePct\": 31}}"),
                Arguments.of("a tenor of 0", "{\"loan\": {\"tenorMonths\": 0}}"),
                Arguments.of("a fractional tenor", "{\"loan\": {\"tenorMonths\": 360.5}}"),
                Arguments.of("601 months in arrears", "{\"loan\": {\"monthsInArrears\": 601}}"),
                Arguments.of("a scheme not listed", "{\"loan\": {\"scheme\": \"OTHER\"}}"),
                Arguments.of("a fall of more than 100%", "{\"scenario\": {\"priceChangePct\": -101}}"),
                Arguments.of("a date not written YYYY-MM-DD", "{\"asOf\": \"28/11/2026\"}"),
                Arguments.of("an impossible date", "{\"property\": {\"agreementDate\": \"2025-02-29\"}}"),
                Arguments.of("a lang of 36 characters", "{\"lang\": \"" + "x".repeat(36) + "\"}"),
                Arguments.of("a number where an object belongs", "{\"loan\": 5}"),
                Arguments.of("an array instead of an object", "[]"));
    }

    @ParameterizedTest(name = "{0} is refused by the schema and by the server")
    @MethodSource("requestsTheSchemaRefuses")
    void whatTheSchemaRefusesTheServerRefusesWith400(String what, String body) throws IOException {
        assertThat(openApi.violations(schemaOf("AdviceRequest"), JSON.readTree(body))).as("the schema's verdict on " + what)
                .isNotEmpty();

        for (String path : List.of("/v1/advice", "/v1/pre-approval")) {
            TestServer.Reply reply = post(path, body);
            assertThat(reply.status()).as("%s on %s: %s", what, path, abbreviated(reply.body())).isEqualTo(400);
            openApi.assertDocumented("post", path, reply);
        }
    }

    @Test
    void aBatchCaseTheSchemaRefusesGetsItsOwnDocumented400() throws IOException {
        String batch = "[{\"loan\": {\"amount\": -1}}]";
        assertThat(openApi.violations(schemaOf("BatchRequest"), JSON.readTree(batch))).isNotEmpty();

        TestServer.Reply reply = post("/v1/pre-approval/batch", batch);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/results/0/status").asInt()).isEqualTo(400);
        openApi.assertDocumented("post", "/v1/pre-approval/batch", reply);
    }
}
