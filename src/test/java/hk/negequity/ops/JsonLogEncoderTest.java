package hk.negequity.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

/** Every JSON log line names the rules in service, as every answer and metric does. */
class JsonLogEncoderTest {

    private final JsonLogEncoder encoder = new JsonLogEncoder();
    private final LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();

    @AfterEach
    void noRulesInService() {
        JsonLogEncoder.nameTheServingVersion(() -> null);
    }

    private JsonNode line(LoggingEvent event) throws IOException {
        return new ObjectMapper().readTree(encoder.encode(event));
    }

    private LoggingEvent event(String message) {
        return new LoggingEvent("test", context.getLogger("hk.negequity.test"), Level.INFO, message, null, null);
    }

    @Test
    void aLineWithoutItsOwnVersionNamesTheRulesInService() throws IOException {
        assertThat(line(event("starting")).has("rulesetVersion")).as("before any rules load").isFalse();

        JsonLogEncoder.nameTheServingVersion(() -> "abc123");

        assertThat(line(event("stopping")).get("rulesetVersion").asText()).isEqualTo("abc123");
    }

    @Test
    void aLineThatNamesItsOwnVersionKeepsIt() throws IOException {
        JsonLogEncoder.nameTheServingVersion(() -> "serving");
        LoggingEvent judged = event("request");
        judged.setKeyValuePairs(List.of(new KeyValuePair("rulesetVersion", "the-one-that-answered")));

        assertThat(line(judged).get("rulesetVersion").asText()).isEqualTo("the-one-that-answered");
    }
}
