package hk.negequity.http;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;

/**
 * What a list appender holds so far. A request's own log line is written after its answer has gone out, so
 * server threads may still be appending while a test reads: copy under the appender's own lock.
 */
final class CapturedLogs {

    private CapturedLogs() {
    }

    static List<ILoggingEvent> of(ListAppender<ILoggingEvent> appender) {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }
}
