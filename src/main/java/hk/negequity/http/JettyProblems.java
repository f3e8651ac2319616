package hk.negequity.http;

import hk.negequity.advice.AnswerJson;
import hk.negequity.advice.Problem;
import hk.negequity.engine.RuleSet;
import hk.negequity.ops.Metrics;
import hk.negequity.ops.RequestIds;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, before a request reaches the app (headers too large, a request line it
 * cannot parse, a URI too long), as RFC 9457 problems like every other refusal, never its HTML error page.
 * Jetty's own message is not passed on: it is Jetty's wording, and may quote the request.
 */
final class JettyProblems extends ErrorHandler {

    private final Supplier<RuleSet> ruleSets;
    private final Metrics metrics;

    JettyProblems(Supplier<RuleSet> ruleSets, Metrics metrics) {
        this.ruleSets = ruleSets;
        this.metrics = metrics;
    }

    /**
     * Jetty writes its error body only for GET, POST and HEAD, and an empty one otherwise; a refused CONNECT or an
     * HTTP/2 preface (PRI) gets its problem like every other refusal.
     */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String detail = switch (code) {
            case 431 -> "the request line and headers are larger than this server accepts";
            case 414 -> "the request URI is longer than this server accepts";
            case 400 -> "the request is not well-formed HTTP/1.1";
            case 426 -> "this server speaks HTTP/1.1 only";
            default -> null;
        };
        // Once a stop has begun, Jetty refuses each new request on a connection still open, health checks too.
        Problem problem = code == 503 ? Problem.of("not-ready", "Not ready", 503,
                "the service is stopping; send the request to another instance", null)
                : StatusProblems.of(code, detail, null);
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.PROBLEM_JSON + "; charset=utf-8");
        // Jetty closes the connection after a request it could not parse: say so, so no client reuses it.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        // Like every other answer: the caller's request id echoed (or a new one), the rules in service named,
        // and a request line in the log, with no part of what the client sent.
        String id = RequestIds.of(request.getHeaders().get(RequestIds.HEADER));
        response.getHeaders().put(RequestIds.HEADER, id);
        RuleSet current = ruleSets.get();
        if (current != null) {
            response.getHeaders().put(AdvisorApp.RULESET_VERSION, current.version());
        }
        // Counted and logged as every request is: these never reach the app's own after-handler.
        String version = current == null ? "none" : current.version();
        String method = Operations.method(request.getMethod());
        long nanos = Math.max(0, System.nanoTime() - request.getBeginNanoTime());
        metrics.request(method, "unmatched", code, version, nanos);
        if (code != 503) {
            metrics.rejected(code, problem.type().substring(problem.type().lastIndexOf('/') + 1), version);
        }
        Operations.REQUESTS.atInfo().addKeyValue("requestId", id).addKeyValue("method", method)
                .addKeyValue("route", "unmatched").addKeyValue("status", code)
                .addKeyValue("durationMs", Math.round(nanos / 10_000.0) / 100.0)
                .addKeyValue("rulesetVersion", current == null ? null : current.version())
                .addKeyValue(Operations.ADVICE_CODES, List.of()) // none, as on every refused request's line
                .log("refused by the HTTP layer: {}", code);
        response.write(true, ByteBuffer.wrap(AnswerJson.bytes(problem.sentWith(current == null ? null
                : current.version()))), callback);
    }
}
