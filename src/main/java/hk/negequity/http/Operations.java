package hk.negequity.http;

import hk.negequity.advice.Problem;
import hk.negequity.engine.RuleSet;
import hk.negequity.ops.Metrics;
import hk.negequity.ops.Readiness;
import hk.negequity.ops.RequestIds;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What operators need of any service: health for the load balancer, metrics for Prometheus, one log line
 * per request (with its id, route, status, duration, rule-set version and advice codes, and never a
 * borrower's fact), and the gate that keeps traffic off until the service is ready.
 */
final class Operations {

    static final String ADVICE_CODES = "adviceCodes";
    static final String PROBLEM_TYPE = "problemType";
    private static final String START = "startNanos";

    /** The request log: one line per request, by this logger's name, here and for Jetty's own refusals. */
    static final Logger REQUESTS = LoggerFactory.getLogger("hk.negequity.requests");

    private final Metrics metrics;
    private final Readiness readiness;
    private final Supplier<RuleSet> ruleSets;

    Operations(Metrics metrics, Readiness readiness, Supplier<RuleSet> ruleSets) {
        this.metrics = metrics;
        this.readiness = readiness;
        this.ruleSets = ruleSets;
    }

    private static final Set<String> STANDARD_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH",
            "OPTIONS", "TRACE", "CONNECT");

    /** Health, metrics, request ids and the request log; the API routes are the caller's. */
    void register(JavalinConfig config) {
        config.routes.before(ctx -> {
            ctx.attribute(START, System.nanoTime());
            String id = RequestIds.of(ctx.header(RequestIds.HEADER));
            ctx.header(RequestIds.HEADER, id);
            MDC.put("requestId", id);
            // Every line logged while answering names the rules in service; the request's own line, the
            // version that answered it.
            RuleSet current = ruleSets.get();
            if (current != null) {
                MDC.put("rulesetVersion", current.version());
                // Every answer names the rules behind it, a refusal too (set first: a before-handler that
                // refuses ends the rest, and an answer may be sent before any after-handler runs). Handlers
                // whose answer carries its own version set the header again from it.
                ctx.header(AdvisorApp.RULESET_VERSION, current.version());
            }
        });
        config.routes.before("/v1/*", ctx -> {
            if (!readiness.isReady() && !(ctx.attribute(WholeBodyFirst.ARRIVED_NANOS) instanceof Long arrived
                    && readiness.arrivedBeforeStopping(arrived))) {
                // Starting, it will be back in a moment; stopping, it will not: the caller should go elsewhere.
                if (readiness.state() == Readiness.State.STOPPING) {
                    throw new ProblemException(Problem.of("not-ready", "Not ready", 503,
                            "the service is stopping; send the request to another instance", ctx.path()));
                }
                ctx.header("Retry-After", "1");
                throw new ProblemException(Problem.of("not-ready", "Not ready", 503,
                        "the service is starting; try again in a moment", ctx.path()));
            }
            QueryEncoding.requireReadable(ctx);
        });
        GetRoutes.add(config, "/health/live", ctx -> Json.write(ctx, 200, health(ctx, "UP")));
        GetRoutes.add(config, "/health/ready", ctx -> {
            Readiness.State state = readiness.state();
            Json.write(ctx, state == Readiness.State.UP ? 200 : 503, health(ctx, state.name()));
        });
        GetRoutes.add(config, "/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape(ruleSets.get())));
        config.requestLogger.http(this::logged);
    }

    /** The body of both health routes. */
    record Health(String status, String rulesetVersion, Integer ruleCount) {
    }

    /** The body of both health routes; the header names the same rules as the body. */
    private Health health(Context ctx, String status) {
        RuleSet rules = ruleSets.get();
        if (rules != null) {
            ctx.header(AdvisorApp.RULESET_VERSION, rules.version());
        }
        return new Health(status, rules == null ? null : rules.version(), rules == null ? null : rules.ruleCount());
    }

    private void logged(Context ctx, Float millis) {
        Long start = ctx.attribute(START);
        long nanos = start == null ? (long) (millis * 1_000_000) : System.nanoTime() - start;
        String route = route(ctx);
        int status = ctx.statusCode();
        String version = ctx.res().getHeader(AdvisorApp.RULESET_VERSION);
        String method = method(ctx);
        metrics.request(method, route, status, version == null ? "none" : version, nanos);
        String problemType = ctx.attribute(PROBLEM_TYPE);
        if (problemType != null && List.of(400, 413, 415, 422).contains(status)) {
            metrics.rejected(status, problemType.substring(problemType.lastIndexOf('/') + 1),
                    version == null ? "none" : version);
        }
        List<String> codes = ctx.attribute(ADVICE_CODES);
        // Only what describes the request, never what is in it: no body, no amount, no borrower fact.
        REQUESTS.atInfo()
                .addKeyValue("requestId", MDC.get("requestId"))
                .addKeyValue("method", method)
                .addKeyValue("route", route)
                .addKeyValue("status", status)
                .addKeyValue("durationMs", Math.round(nanos / 10_000.0) / 100.0)
                .addKeyValue("rulesetVersion", version)
                .addKeyValue("adviceCodes", codes == null ? List.of() : codes)
                .log("{} {} {}", method, route, status);
        MDC.remove("requestId");
        MDC.remove("rulesetVersion");
    }

    /** The method, or OTHER for one HTTP does not define: a client must not be able to add metric series. */
    static String method(Context ctx) {
        return method(ctx.method().name());
    }

    /** A method as metrics and logs show it: one of the standard ones, or OTHER (never what a client made up). */
    static String method(String name) {
        return name != null && STANDARD_METHODS.contains(name) ? name : "OTHER";
    }

    /** The route as declared, so that metrics and logs never hold what a client put in a URL. */
    static String route(Context ctx) {
        try {
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            if (endpoint != null) {
                return endpoint.path;
            }
        } catch (RuntimeException e) {
            // No route matched.
        }
        int status = ctx.statusCode();
        if (status == 405) {
            // Javalin answers 405 only on a declared path (none has parameters) asked with another method,
            // with or without trailing slashes.
            return ctx.path().replaceAll("/+$", "");
        }
        // Answered without a route: the Swagger UI's files (a 2xx or 304), or nothing at all (404).
        return status < 400 ? "static" : "unmatched";
    }
}
