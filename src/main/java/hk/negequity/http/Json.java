package hk.negequity.http;

import hk.negequity.advice.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;

/** Writes answers and problems as JSON. Absent figures are left out, never sent as null. */
final class Json {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {
    }

    static void write(Context ctx, int status, Object body) {
        send(ctx, status, JSON, body);
    }

    static void problem(Context ctx, Problem problem) {
        send(ctx, problem.status(), PROBLEM_JSON, problem);
    }

    private static void send(Context ctx, int status, String contentType, Object body) {
        try {
            ctx.status(status).contentType(contentType + "; charset=utf-8").result(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer could not be written as JSON", e);
        }
    }
}
