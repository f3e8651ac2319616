package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hk.negequity.ops.Metrics;
import hk.negequity.ops.Readiness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Borrowers' facts never reach the logs: a request's amounts and field values, good or bad, appear in no
 * log line, while each request gets its one line with id, route, status, duration, version and codes.
 */
class RequestLogPrivacyTest {

    /** Figures no log line has any other reason to contain. */
    private static final String CASE = """
            { "asOf": "2026-11-28",
              "property": { "price": 6789012, "valuation": 6543219, "currentValue": 5987612, "use": "SELF_USE",
                            "agreementDate": "2025-03-07" },
              "loan": { "amount": 5432109, "annualRatePct": 3.4567, "tenorMonths": 347, "scheme": "MORTGAGE_INSURANCE",
                        "monthsInArrears": 3 },
              "borrower": { "monthlyIncome": 87654, "liquidReserves": 123457, "otherMonthlyDebt": 4321,
                            "employment": "SELF_EMPLOYED", "bankrupt": false } }""";
    private static final String[] SECRETS = {"6789012", "6543219", "5987612", "2025-03-07", "5432109", "3.4567", "347",
            "87654", "123457", "4321", "SELF_EMPLOYED", "9876543", "-7654321"};

    @Test
    void noAmountOrFieldValueOfAnyRequestAppearsInTheLogs() {
        JsonLogLines captured = JsonLogLines.attach();
        try (captured; TestServer server = new TestServer(new Metrics(), Readiness.ready())) {
            server.post("/v1/advice?explain=true", CASE);
            server.post("/v1/pre-approval", CASE);
            server.post("/v1/pre-approval/batch", "[" + CASE + ", {\"loan\": {\"amount\": -7654321}}]");
            server.post("/v1/advice", "{\"loan\": {\"amount\": \"9876543\"}}");
            server.post("/v1/advice", "{\"loan\": {\"amount\": 9876543,");
            server.post("/v1/advice", CASE, Map.of("Content-Type", "text/plain"));
        }
        String logs = captured.text();
        String values = withoutServiceOwnValues(logs);

        assertThat(logs).contains("\"route\":\"/v1/advice\"", "\"route\":\"/v1/pre-approval/batch\"",
                "\"status\":400", "\"status\":415", "\"adviceCodes\":[\"", "\"rulesetVersion\":\"", "\"requestId\":\"",
                "\"durationMs\":");
        for (String secret : SECRETS) {
            assertThat(values).as("the logs contain " + secret).doesNotContain(secret);
        }
        assertThat(logs.lines().filter(line -> line.contains("\"route\":\"/v1/pre-approval/batch\"")))
                .as("a batch's line names the codes its answers gave").singleElement().asString()
                .contains("\"adviceCodes\":[\"", "CALL_LOAN_RISK");
    }

    /** A request the HTTP layer refuses before the app sees it (headers too large) gets the same line's fields. */
    @Test
    void aRequestRefusedByTheHttpLayerIsLoggedWithEveryFieldOfARequestLine() {
        JsonLogLines captured = JsonLogLines.attach();
        try (captured; TestServer server = new TestServer(new Metrics(), Readiness.ready())) {
            server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/v1/rules"))
                    .header("X-Padding", "x".repeat(hk.negequity.http.HttpSettings.DEFAULT_MAX_HEADER_BYTES)).GET()
                    .build());
        }

        assertThat(captured.text().lines().filter(line -> line.contains("\"status\":431"))).singleElement()
                .asString().contains("\"requestId\":\"", "\"route\":\"unmatched\"", "\"durationMs\":",
                        "\"rulesetVersion\":\"", "\"adviceCodes\":[]");
    }

    /**
     * The lines without the values the service makes itself, which may contain any digits by chance: a time of
     * {@code 42.347Z}, a request id, a duration. Whatever else a line holds is searched.
     */
    private static String withoutServiceOwnValues(String logs) {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder rest = new StringBuilder();
        logs.lines().forEach(line -> {
            try {
                ObjectNode fields = (ObjectNode) mapper.readTree(line);
                fields.remove(List.of("time", "requestId", "durationMs", "thread"));
                rest.append(fields).append('\n');
            } catch (JsonProcessingException e) {
                throw new AssertionError("a log line is not JSON: " + line, e);
            }
        });
        return rest.toString();
    }
}
