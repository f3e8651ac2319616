package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import hk.negequity.advice.Advisor;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSet;
import hk.negequity.engine.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A rule set that loops for one kind of borrower: that request gets a 500 problem naming the firing limit,
 * the log names the rules that looped (and nothing of the borrower's), and the next request is answered.
 */
class FiringLimitEndpointTest {

    private static final String LOOPING = "{\"loan\": {\"amount\": 5400000, \"monthsInArrears\": 99}, "
            + "\"property\": {\"price\": 6000000}}";
    private static final String ORDINARY = "{\"loan\": {\"amount\": 5400000, \"monthsInArrears\": 0}, "
            + "\"property\": {\"price\": 6000000}}";

    @Test
    void aLoopIsStoppedAtTheLimitWithAProblemAndTheNextRequestIsAnswered() throws Exception {
        RuleSet loopsWhenAsked = new RuleSetLoader(Clock.systemUTC())
                .load(Path.of("src/test/resources/rulesets/loop-when-asked"));
        Advisor advisor = Advisor.over(() -> loopsWhenAsked, new RuleEngine(200));
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.setContext(context);
        log.start();
        root.addAppender(log);
        try (TestServer server = new TestServer(advisor, HttpSettings.defaults())) {
            TestServer.Reply looped = server.post("/v1/advice", LOOPING);
            TestServer.Reply next = server.post("/v1/advice", ORDINARY);
            TestServer.Reply loopedAgain = server.post("/v1/pre-approval", LOOPING);

            assertThat(looped.status()).isEqualTo(500);
            assertThat(looped.contentType()).startsWith("application/problem+json");
            JsonNode problem = looped.json();
            assertThat(problem.path("type").asText()).isEqualTo("/problems/rule-firing-limit");
            assertThat(problem.path("detail").asText()).contains("limit of 200");
            assertThat(looped.body()).doesNotContain("Count for ever", "Exception", "hk.negequity");

            assertThat(next.status()).isEqualTo(200);
            assertThat(next.json().path("advice").get(0).path("code").asText()).isEqualTo("TEST_HIGH_LTV");
            assertThat(loopedAgain.status()).isEqualTo(500);
            TestServer.Reply batch = server.post("/v1/pre-approval/batch", "[" + LOOPING + "]",
                    java.util.Map.of("Content-Type", "application/json", "X-Request-Id", "batch-with-a-loop"));
            assertThat(batch.json().at("/results/0/status").asInt()).isEqualTo(500);
            assertThat(batch.json().at("/summary/ERROR").asInt()).isEqualTo(1);
            // The batch case's error line, logged on a pool thread, still names its request and rules.
            assertThat(CapturedLogs.of(log)).filteredOn(e -> e.getFormattedMessage().contains("batch case 0"))
                    .singleElement().satisfies(e -> assertThat(e.getMDCPropertyMap())
                            .containsEntry("requestId", "batch-with-a-loop")
                            .containsEntry("rulesetVersion", loopsWhenAsked.version()));

            String logged = String.join("\n", CapturedLogs.of(log).stream().map(ILoggingEvent::getFormattedMessage).toList());
            assertThat(logged).contains("rule firing limit 200", "Count for ever").doesNotContain("5400000", "6000000");
        } finally {
            root.detachAppender(log);
        }
    }
}
