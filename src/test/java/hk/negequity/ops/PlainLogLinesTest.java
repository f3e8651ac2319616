package hk.negequity.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

/** A plain log line carries the same fields as a JSON one: a request line its requestId, route and the rest. */
class PlainLogLinesTest {

    private final LoggerContext context = new LoggerContext();

    private String line(LoggingEvent event) {
        return new String(LogSetup.plainEncoder(context).encode(event), StandardCharsets.UTF_8);
    }

    @Test
    void aRequestLineCarriesItsFieldsAfterItsMessage() {
        LoggingEvent event = new LoggingEvent("x", context.getLogger("hk.negequity.requests"), Level.INFO,
                "POST /v1/advice 200", null, null);
        event.addKeyValuePair(new KeyValuePair("requestId", "r-1"));
        event.addKeyValuePair(new KeyValuePair("route", "/v1/advice"));
        event.addKeyValuePair(new KeyValuePair("rulesetVersion", "abc"));

        assertThat(line(event)).contains("POST /v1/advice 200 requestId=\"r-1\" route=\"/v1/advice\" rulesetVersion=\"abc\"");
    }

    @Test
    void aLineWithoutFieldsEndsWithItsMessage() {
        LoggingEvent event = new LoggingEvent("x", context.getLogger("x"), Level.INFO, "listening", null, null);

        assertThat(line(event)).endsWith("listening" + System.lineSeparator());
    }
}
