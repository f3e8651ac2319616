package hk.negequity.http;

import hk.negequity.advice.AnswerJson;
import hk.negequity.advice.Problem;
import io.javalin.http.Context;

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
        ctx.status(status).contentType(contentType + "; charset=utf-8").result(AnswerJson.bytes(body));
    }
}
