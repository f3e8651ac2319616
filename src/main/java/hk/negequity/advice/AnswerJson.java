package hk.negequity.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/**
 * How answers and problems are written as JSON, the same over HTTP and on the command line: absent
 * figures are left out, never sent as null.
 */
public final class AnswerJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // One mapper for the life of the process: Blackbird's accessors stay with the classes they serve.
            .addModule(new BlackbirdModule())
            .build();

    private AnswerJson() {
    }

    public static byte[] bytes(Object answer) {
        try {
            return MAPPER.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer could not be written as JSON", e);
        }
    }
}
