package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.advice.Advisor;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSet;
import hk.negequity.engine.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rule that fails as it fires is a fault of the rules, answered as the API's 500 problem: given rules whose
 * consequence throws with the borrower's income in its message (66,666) or recurses without end (44,444), when a
 * request reaches them, then it gets a problem, the next requests their answers, and the log names the rule but no
 * figure of the borrower's. (A batch case's failure: EvaluateCommandTest, over the same rules.)
 */
class RuleFailuresTest {

    private static final String CASE = """
            { "loan": { "amount": 5400000 }, "property": { "price": 6000000 }, "borrower": { "monthlyIncome": %s } }""";

    private static TestServer server;
    private static JsonLogLines captured;

    @BeforeAll
    static void start() throws Exception {
        RuleSet rules = new RuleSetLoader(Clock.systemUTC()).load(Path.of("src/test/resources/rulesets/fails-with-figures"));
        server = new TestServer(Advisor.over(() -> rules, new RuleEngine()), HttpSettings.defaults());
        captured = JsonLogLines.attach();
    }

    @AfterAll
    static void stop() {
        captured.close();
        server.close();
    }

    @Test
    void aRuleThatThrowsIsTheApis500ProblemAndItsMessageIsNotLogged() {
        TestServer.Reply reply = server.post("/v1/advice", CASE.formatted("66666"));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).isEqualTo("/problems/internal-error");
        assertThat(reply.body()).doesNotContain("66666", "Exception");
        assertThat(captured.text()).contains("Warn: loan above 80%").doesNotContain("66666");
    }

    @Test
    void aRuleThatRecursesWithoutEndIsTheApis500Problem() {
        TestServer.Reply reply = server.post("/v1/advice", CASE.formatted("44444"));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().get("type").asText()).isEqualTo("/problems/internal-error");
        assertThat(reply.body()).doesNotContain("StackOverflow");
    }

    @Test
    void afterARecursionWithoutEndTheNextRequestsAreAnswered() {
        for (int i = 0; i < 3; i++) {
            assertThat(server.post("/v1/advice", CASE.formatted("44444")).status()).isEqualTo(500);
            assertThat(server.post("/v1/advice", CASE.formatted("50000")).status()).isEqualTo(200);
        }
        assertThat(captured.text().replaceAll("\"(time|requestId|durationMs|thread)\":(\"[^\"]*\"|[0-9.]+)", ""))
                .as("the log without the values the service makes itself").doesNotContain("44444", "50000");
    }
}
