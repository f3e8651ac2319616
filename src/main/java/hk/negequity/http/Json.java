package hk.negequity.http;

import hk.negequity.advice.AnswerJson;
import hk.negequity.advice.Problem;
import io.javalin.http.Context;
import java.io.IOException;

/** Writes answers and problems as JSON responses. */
final class Json {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    private Json() {
    }

    static void write(Context ctx, int status, Object body) {
        send(ctx, status, JSON, body);
    }

    static void problem(Context ctx, Problem problem) {
        ctx.attribute(Operations.PROBLEM_TYPE, problem.type());
        send(ctx, problem.status(), PROBLEM_JSON, problem);
    }

    private static void send(Context ctx, int status, String contentType, Object body) {
        byte[] bytes = AnswerJson.bytes(body);
        ctx.status(status).contentType(contentType + "; charset=utf-8");
        String encodings = ctx.header("Accept-Encoding");
        if (encodings != null && !encodings.isBlank()) {
            ctx.result(bytes); // Javalin compresses what the client accepts
            return;
        }
        // Nothing to compress: the bytes go straight to the response's buffer, which Jetty sends (sized, when
        // it holds the whole answer) once the request is done and logged, as it does for Javalin's own path.
        // That path copies them through an 8 KiB buffer made for each response: 8% of what an advice request
        // allocated (bench/RESULTS.md).
        try {
            ctx.res().getOutputStream().write(bytes);
        } catch (IOException e) {
            // Only the connection fails a write into the response's buffer: its client has gone.
        }
    }
}
