package hk.negequity.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import hk.negequity.ops.JsonLogEncoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;

/** Every log line, rendered as the service renders it in production (JSON), while it is attached. */
final class JsonLogLines extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final JsonLogEncoder encoder = new JsonLogEncoder();
    private final StringBuilder text = new StringBuilder();

    /** Attached to the root logger from now until closed. */
    static JsonLogLines attach() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        JsonLogLines lines = new JsonLogLines();
        lines.setContext(context);
        lines.start();
        root().addAppender(lines);
        return lines;
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        text.append(new String(encoder.encode(event), StandardCharsets.UTF_8));
    }

    synchronized String text() {
        return text.toString();
    }

    @Override
    public void close() {
        root().detachAppender(this);
    }
}
