package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.BundledRuleSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A refusal names the rules in service in its body, as every answer does, and as its header does. */
class ProblemsNameTheirRulesTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyRefusalCarriesTheRulesetVersionInItsBodyAndItsHeader() {
        List<TestServer.Reply> refusals = List.of(
                server.post("/v1/advice", "{\"loan\": {\"amount\": -1}}"),
                server.post("/v1/advice?explain=maybe", "{}"),
                server.post("/v1/advice", "{}", Map.of("Content-Type", "text/plain")),
                server.post("/v1/advice", "{\"lang\": \"" + " ".repeat(70_000) + "\"}"),
                server.post("/v1/pre-approval/batch", "{}"),
                server.get("/v1/nothing-here"),
                server.get("/v1/advice"),
                server.get("/v1/rules", Map.of("X-Padding", "a".repeat(20_000))));
        String version = BundledRuleSet.get().version();

        assertThat(refusals).extracting(TestServer.Reply::status).containsExactly(400, 400, 415, 413, 400, 404, 405, 431);
        assertThat(refusals).allSatisfy(reply -> {
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().path("rulesetVersion").asText()).as(reply.body()).isEqualTo(version);
            assertThat(reply.header("X-Ruleset-Version")).isEqualTo(version);
        });
    }
}
