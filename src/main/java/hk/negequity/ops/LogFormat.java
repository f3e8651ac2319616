package hk.negequity.ops;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Plain lines for a person at a terminal, one JSON object per line for a log store. {@link LogSetup} sets up the
 * plain lines; {@link #apply} swaps in {@link JsonLogEncoder} when asked.
 */
public enum LogFormat {
    PLAIN, JSON;

    /** From a setting ({@code plain}, {@code json}); unset means plain at a terminal, JSON otherwise. */
    public static LogFormat of(String setting) {
        if (setting == null || setting.isBlank()) {
            return System.console() != null ? PLAIN : JSON;
        }
        try {
            return valueOf(setting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the log format must be plain or json, not " + setting, e);
        }
    }

    public void apply() {
        if (this == PLAIN || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        JsonLogEncoder encoder = new JsonLogEncoder();
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("JSON");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(appender);
    }
}
