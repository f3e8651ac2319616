package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hk.negequity.BundledRuleSet;
import hk.negequity.ops.Metrics;
import hk.negequity.ops.Readiness;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Health for the load balancer, metrics for Prometheus, request ids for the logs. */
class OperationsTest {

    private static final String CASE = "{\"property\": {\"price\": 6000000, \"valuation\": 6000000}, "
            + "\"loan\": {\"amount\": 5400000}}";

    @Test
    void healthSaysUpWithTheRuleSetVersionAndRuleCount() {
        try (TestServer server = new TestServer(new Metrics(), Readiness.ready())) {
            for (String route : new String[] {"/health/live", "/health/ready"}) {
                TestServer.Reply reply = server.get(route);
                assertThat(reply.status()).isEqualTo(200);
                JsonNode health = reply.json();
                assertThat(health.get("status").asText()).isEqualTo("UP");
                assertThat(health.get("rulesetVersion").asText()).isEqualTo(BundledRuleSet.get().version());
                assertThat(health.get("ruleCount").asInt()).isEqualTo(BundledRuleSet.get().ruleCount());
            }
        }
    }

    @Test
    void untilReadyTheServiceIsAliveButTheApiAndReadinessSay503() {
        Readiness readiness = new Readiness(false);
        try (TestServer server = new TestServer(new Metrics(), readiness)) {
            assertThat(server.get("/health/live").status()).isEqualTo(200);
            assertThat(server.get("/health/ready").status()).isEqualTo(503);
            TestServer.Reply refused = server.post("/v1/advice", CASE);
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.header("X-Ruleset-Version")).as("a refusal names the rules in service too")
                    .isEqualTo(BundledRuleSet.get().version());

            readiness.markReady();
            assertThat(server.get("/health/ready").status()).isEqualTo(200);
            assertThat(server.post("/v1/advice", CASE).status()).isEqualTo(200);
        }
    }

    @Test
    void metricsCountRequestsByRouteTemplateAdviceByCodeAndRejectionsByReason() {
        Metrics metrics = new Metrics();
        try (TestServer server = new TestServer(metrics, Readiness.ready())) {
            server.post("/v1/advice", CASE);
            server.post("/v1/advice", "{}", Map.of("Content-Type", "text/plain"));
            server.post("/v1/advice", "{\"loan\": {\"amount\": -1}}");
            server.get("/v1/no-such-route/5400000");
            server.get("/v1/advice");
            server.get("/v1/advice/");
            server.send("XYZ1", "/v1/advice");
            server.send("QWERTYUIOP", "/v1/no-such-route");

            TestServer.Reply reply = server.get("/metrics");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("text/plain");
            String text = reply.body();
            String version = BundledRuleSet.get().version();
            assertThat(text)
                    .contains("http_server_requests_seconds_count{method=\"POST\",ruleset_version=\"" + version
                            + "\",status=\"200\",uri=\"/v1/advice\"} 1")
                    .contains("advisor_advice_total{code=\"LTV_ABOVE_SAFE_LEVEL\",ruleset_version=\"" + version
                            + "\",severity=\"CRITICAL\"} 1")
                    .contains("advisor_evaluation_seconds_bucket{kind=\"advice\",ruleset_version=\"" + version
                            + "\",le=\"5.0E-5\"}")
                    .contains("advisor_requests_rejected_total{reason=\"unsupported-media-type\",ruleset_version=\""
                            + version + "\",status=\"415\"} 1")
                    .contains("advisor_requests_rejected_total{reason=\"invalid-request\",ruleset_version=\"" + version
                            + "\",status=\"400\"} 1")
                    .contains("uri=\"unmatched\"")
                    .contains("http_server_requests_seconds_count{method=\"GET\",ruleset_version=\"" + version
                            + "\",status=\"405\",uri=\"/v1/advice\"} 2")
                    .contains("method=\"OTHER\"")
                    .contains("jvm_memory_used_bytes", "jvm_gc_", "jvm_threads_live_threads", "process_uptime_seconds",
                            "jetty_threads_", "jetty_connections_");
            // A route template, never what a client put in a path.
            assertThat(text).doesNotContain("5400000", "no-such-route", "/v1/advice/", "XYZ1", "QWERTYUIOP");
        }
    }

    /** What Jetty refuses itself never reaches the app's handlers: it is counted and timed all the same. */
    @Test
    void refusalsOfTheHttpLayerAreCountedAsEveryOtherRefusal() {
        Metrics metrics = new Metrics();
        try (TestServer server = new TestServer(metrics, Readiness.ready())) {
            assertThat(server.get("/v1/rules", Map.of("X-Padding", "a".repeat(20_000))).status()).isEqualTo(431);

            String text = server.get("/metrics").body();
            String version = BundledRuleSet.get().version();
            assertThat(text)
                    .contains("advisor_requests_rejected_total{reason=\"request-header-fields-too-large\",ruleset_version=\""
                            + version + "\",status=\"431\"} 1")
                    .contains("http_server_requests_seconds_count{method=\"GET\",ruleset_version=\"" + version
                            + "\",status=\"431\",uri=\"unmatched\"} 1");
        }
    }

    @Test
    void beforeAnyRequestEveryAdviceCodeAndKindIsThereAtZeroAndEverySampleNamesTheRulesInService() {
        try (TestServer server = new TestServer(new Metrics(), Readiness.ready())) {
            String text = server.get("/metrics").body();
            String version = BundledRuleSet.get().version();

            for (var rule : BundledRuleSet.get().adviceRules()) {
                assertThat(text).contains("advisor_advice_total{code=\"" + rule.metadata().code() + "\",ruleset_version=\""
                        + version + "\",severity=\"" + rule.metadata().severity() + "\"} 0.0");
            }
            assertThat(text).contains("advisor_evaluation_seconds_count{kind=\"advice\",ruleset_version=\"" + version
                    + "\"} 0", "advisor_evaluation_seconds_count{kind=\"pre-approval\",ruleset_version=\"" + version
                    + "\"} 0");
            assertThat(text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")))
                    .isNotEmpty()
                    .allSatisfy(sample -> assertThat(sample).contains("ruleset_version=\"" + version + "\""));
        }
    }

    @Test
    void theRequestIdIsTakenFromTheCallerOrMadeAndAlwaysEchoed() {
        try (TestServer server = new TestServer(new Metrics(), Readiness.ready())) {
            assertThat(withRequestId(server, "abc-123").header("X-Request-Id")).isEqualTo("abc-123");
            String made = server.get("/health/live").header("X-Request-Id");
            assertThat(made).matches("[0-9a-f-]{36}");
            String tooLong = "x".repeat(200);
            assertThat(withRequestId(server, tooLong).header("X-Request-Id")).isNotEqualTo(tooLong).hasSize(36);
            assertThat(withRequestId(server, "a b;c").header("X-Request-Id")).hasSize(36);
        }
    }

    @Test
    void aHeadRequestAnswersAsTheGetWouldWithoutTheBody() {
        Readiness readiness = new Readiness(false);
        try (TestServer server = new TestServer(new Metrics(), readiness)) {
            assertThat(server.send("HEAD", "/health/ready").status()).as("a load balancer may check with HEAD")
                    .isEqualTo(503);
            readiness.markReady();
            for (String route : new String[] {"/health/live", "/health/ready", "/metrics", "/v1/rules", "/openapi.json",
                    "/docs"}) {
                TestServer.Reply got = server.get(route);
                TestServer.Reply head = server.send("HEAD", route);
                assertThat(head.status()).as(route).isEqualTo(got.status());
                assertThat(head.contentType()).as(route).isEqualTo(got.contentType());
                assertThat(head.body()).as(route).isEmpty();
                assertThat(head.header("X-Ruleset-Version")).as(route).isEqualTo(got.header("X-Ruleset-Version"));
            }
            assertThat(server.send("HEAD", "/v1/rules?lang=xx").status()).as("a bad language, as GET says")
                    .isEqualTo(server.get("/v1/rules?lang=xx").status());
        }
    }

    private static TestServer.Reply withRequestId(TestServer server, String id) {
        return server.send(HttpRequest.newBuilder(URI.create(server.base() + "/health/live"))
                .header("X-Request-Id", id).GET().build());
    }
}
