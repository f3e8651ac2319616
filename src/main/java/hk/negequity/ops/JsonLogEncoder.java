package hk.negequity.ops;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.event.KeyValuePair;

/**
 * One flat JSON object per log line: time, level, logger, message, then the MDC and the line's key/value
 * pairs as fields of their own (numbers stay numbers), and a throwable's stack as one string. What a log
 * store indexes without a parser of its own.
 */
public final class JsonLogEncoder extends EncoderBase<ILoggingEvent> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] NEWLINE = "\n".getBytes(StandardCharsets.UTF_8);

    /** The version of the rules in service, for lines that do not name one; null while none is. */
    private static volatile Supplier<String> servingVersion = () -> null;

    /** Every line names the rules in service from now on (the service's own lines, the watcher's, Jetty's). */
    public static void nameTheServingVersion(Supplier<String> version) {
        servingVersion = version;
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        line.put("level", event.getLevel().toString());
        line.put("logger", event.getLoggerName());
        line.put("thread", event.getThreadName());
        line.put("message", event.getFormattedMessage());
        line.putAll(event.getMDCPropertyMap());
        if (event.getKeyValuePairs() != null) {
            for (KeyValuePair pair : event.getKeyValuePairs()) {
                line.put(pair.key, pair.value);
            }
        }
        if (!line.containsKey("rulesetVersion")) {
            String serving = servingVersion.get();
            if (serving != null) {
                line.put("rulesetVersion", serving);
            }
        }
        IThrowableProxy throwable = event.getThrowableProxy();
        if (throwable != null) {
            line.put("error", throwable.getClassName());
            line.put("stack", ThrowableProxyUtil.asString(throwable));
        }
        try {
            byte[] json = JSON.writeValueAsBytes(line);
            byte[] bytes = new byte[json.length + NEWLINE.length];
            System.arraycopy(json, 0, bytes, 0, json.length);
            System.arraycopy(NEWLINE, 0, bytes, json.length, NEWLINE.length);
            return bytes;
        } catch (JsonProcessingException e) {
            return ("{\"level\":\"ERROR\",\"message\":\"log line could not be written as JSON\"}\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }
}
