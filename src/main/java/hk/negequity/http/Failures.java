package hk.negequity.http;

import hk.negequity.advice.Problem;
import hk.negequity.engine.FiringLimitExceededException;
import hk.negequity.request.InvalidRequestException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every failure answered as an RFC 9457 problem; nothing from a Java exception reaches a client. */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    static void register(JavalinConfig config) {
        config.routes.exception(ProblemException.class, (e, ctx) -> Json.problem(ctx, e.problem()));
        config.routes.exception(InvalidRequestException.class,
                (e, ctx) -> Json.problem(ctx, Problem.invalidRequest(e.violations(), ctx.path())));
        config.routes.exception(FiringLimitExceededException.class, Failures::firingLimit);
        config.routes.exception(HttpResponseException.class, Failures::httpError);
        config.routes.exception(Exception.class, Failures::unexpected);
        config.routes.error(404, Failures::notFound);
        config.routes.error(405, ctx -> Json.problem(ctx, Problem.of("method-not-allowed", "Method not allowed",
                405, ctx.method() + " is not allowed on " + ctx.path(), ctx.path())));
    }

    private static void notFound(Context ctx) {
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith(Json.PROBLEM_JSON)) {
            Json.problem(ctx, Problem.of("not-found", "Not found", 404, "no route " + ctx.method() + " " + ctx.path(),
                    ctx.path()));
        }
    }

    private static void firingLimit(FiringLimitExceededException e, Context ctx) {
        // Rule names only: never the request, whose facts are the borrower's.
        LOG.error("rule firing limit {} reached on {}; last rules fired: {}", e.limit(), ctx.path(), e.lastRules());
        Json.problem(ctx, Problem.firingLimit(e.limit(), ctx.path()));
    }

    private static void httpError(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String title = switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Request body too large";
            case 415 -> "Unsupported media type";
            case 431 -> "Request header fields too large";
            default -> status < 500 ? "Bad request" : "Server error";
        };
        Json.problem(ctx, Problem.of(title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, status, title,
                ctx.path()));
    }

    private static void unexpected(Exception e, Context ctx) {
        LOG.error("unexpected failure on {} {}", ctx.method(), Operations.route(ctx), e);
        Json.problem(ctx, Problem.internalError(ctx.path()));
    }
}
