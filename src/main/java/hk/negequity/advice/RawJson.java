package hk.negequity.advice;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * An answer already written as JSON, written again as it is. A batch writes each case's answer as soon as
 * it is made, on the thread that made it: the answer's objects are then garbage at once, instead of a
 * thousand answers living until the whole response is written (which made every young collection copy them).
 */
@JsonSerialize(using = RawJson.Writer.class)
public record RawJson(String json) {

    public static RawJson of(Object answer) {
        return new RawJson(AnswerJson.string(answer));
    }

    static final class Writer extends StdSerializer<RawJson> {

        private static final long serialVersionUID = 1L;

        Writer() {
            super(RawJson.class);
        }

        @Override
        public void serialize(RawJson value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeRawValue(value.json());
        }
    }
}
