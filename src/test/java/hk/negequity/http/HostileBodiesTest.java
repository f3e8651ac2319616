package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Thousands of malformed and hostile bodies against the real server: each gets a 4xx problem (never a 5xx,
 * never a stack trace or a class name), nothing is logged as an error, and a good request between them and
 * after them is answered exactly as before.
 */
class HostileBodiesTest {

    private static final String GOOD = """
            { "asOf": "2026-11-28",
              "property": { "price": 6000000, "valuation": 5900000, "currentValue": 4900000, "use": "SELF_USE",
                            "completed": true, "agreementDate": "2025-03-01", "stagePayment": false },
              "loan": { "amount": 5400000, "outstanding": 5000000, "annualRatePct": 3.5, "tenorMonths": 360,
                        "paymentsMade": 12, "scheme": "MORTGAGE_INSURANCE", "monthsInArrears": 0 },
              "borrower": { "monthlyIncome": 60000, "otherMonthlyDebt": 0, "liquidReserves": 150000,
                            "firstTimeBuyer": true, "salaried": true, "employment": "EMPLOYED", "bankrupt": false },
              "scenario": { "priceChangePct": -10 },
              "lang": "en" }""";
    /** What no answer may contain: the marks of a stack trace, a class or a parser's internals. */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "java.", "com.fasterxml", "jackson",
            "Jackson", "org.eclipse", "io.javalin", "hk.negequity", "StreamRead", "REDACTED", "Feature");

    private static TestServer server;
    private static ListAppender<ILoggingEvent> errors;
    private static Logger root;

    @BeforeAll
    static void start() {
        server = new TestServer();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        errors = new ListAppender<>();
        errors.setContext(context);
        errors.start();
        root.addAppender(errors);
    }

    @AfterAll
    static void stop() {
        root.detachAppender(errors);
        server.close();
    }

    @Test
    void everyHostileBodyGetsA4xxProblemAndTheServerStaysWell() {
        String goodAnswer = server.post("/v1/advice", GOOD).body();
        List<HostileBodies.Body> bodies = new HostileBodies(20261128L, GOOD).all(500);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int sent = 0;
        for (HostileBodies.Body body : bodies) {
            for (String path : List.of("/v1/advice", "/v1/pre-approval")) {
                TestServer.Reply reply = send(path, body);
                sent++;
                byStatus.merge(reply.status(), 1, Integer::sum);
                assertThat(body.allowed()).as("%s on %s answered %d: %s", body, path, reply.status(),
                        abbreviated(reply.body())).contains(reply.status());
                if (reply.status() != 200) {
                    assertIsAProblem(reply, body);
                }
            }
            if (sent % 200 == 0) {
                assertThat(server.post("/v1/advice", GOOD).body()).as("the good request after %s", body)
                        .isEqualTo(goodAnswer);
            }
        }

        assertThat(server.get("/health/live").status()).isEqualTo(200);
        assertThat(server.post("/v1/advice", GOOD).body()).isEqualTo(goodAnswer);
        assertThat(CapturedLogs.of(errors).stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ILoggingEvent::getFormattedMessage)).as("errors logged").isEmpty();
        assertThat(sent).isGreaterThan(5_000);
        assertThat(byStatus).containsKeys(400, 413, 415);
        System.out.printf("hostile bodies: %d requests, by status %s%n", sent, byStatus);
    }

    @Test
    void aBatchOfHostileCasesAnswersEachCaseWithItsOwnProblem() {
        List<HostileBodies.Body> bodies = new HostileBodies(7L, GOOD).all(50);
        StringBuilder batch = new StringBuilder("[");
        int cases = 0;
        for (HostileBodies.Body body : bodies) {
            String text = new String(body.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (body.contentType() != null && body.contentType().equals("application/json") && text.startsWith("{")
                    && text.length() < 1_000 && isJson(text) && cases < 1_000) {
                batch.append(cases++ == 0 ? "" : ",").append(text);
            }
        }
        batch.append("]");

        TestServer.Reply reply = server.post("/v1/pre-approval/batch", batch.toString());

        assertThat(reply.status()).as(abbreviated(reply.body())).isEqualTo(200);
        JsonNode results = reply.json().get("results");
        assertThat(results).hasSize(cases);
        Map<Integer, Integer> byStatus = new HashMap<>();
        for (JsonNode result : results) {
            int status = result.get("status").asInt();
            byStatus.merge(status, 1, Integer::sum);
            assertThat(status).isIn(200, 400);
            if (status == 400) {
                assertThat(result.path("problem").path("errors").isArray()).as(result.toString()).isTrue();
            }
        }
        assertThat(byStatus.get(400)).isGreaterThan(cases / 2);
    }

    /** Whether the service reads it as JSON at all; only such cases can stand inside a batch's array. */
    private static boolean isJson(String text) {
        try {
            new hk.negequity.request.JsonBodies().parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return true;
        } catch (hk.negequity.request.InvalidRequestException e) {
            return false;
        }
    }

    private static TestServer.Reply send(String path, HostileBodies.Body body) {
        Map<String, String> headers = body.contentType() == null ? Map.of()
                : Map.of("Content-Type", body.contentType());
        return server.postBytes(path, body.bytes(), headers);
    }

    private static void assertIsAProblem(TestServer.Reply reply, HostileBodies.Body body) {
        assertThat(reply.contentType()).as("%s", body).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("status").asInt()).isEqualTo(reply.status());
        assertThat(problem.path("type").asText()).startsWith("/problems/");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(reply.body()).as("%s: %s", body, abbreviated(reply.body())).doesNotContain(INTERNALS);
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
