package hk.negequity.http;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;

/**
 * What a list appender holds so far. Server threads may still be appending (a request's own line is written
 * after its handler, and a client may already be reading its answer): copy under the appender's own lock.
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
