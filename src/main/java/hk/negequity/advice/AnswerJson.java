package hk.negequity.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.io.OutputStream;

/**
 * How answers and problems are written as JSON, the same over HTTP and on the command line: absent
 * figures are left out, never sent as null.
 */
public final class AnswerJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // An answer holds a hundred or so figures: the shortest-digits writer is faster than Double.toString.
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            // One mapper for the life of the process: Blackbird's accessors stay with the classes they serve.
            .addModule(new BlackbirdModule())
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private AnswerJson() {
    }

    /** Writes the answer to {@code out}, leaving it open; a failure to write JSON is not an I/O failure. */
    public static void write(Object answer, OutputStream out) throws IOException {
        try {
            WRITER.writeValue(out, answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer could not be written as JSON", e);
        }
    }

    public static byte[] bytes(Object answer) {
        try {
            return MAPPER.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer could not be written as JSON", e);
        }
    }
}
