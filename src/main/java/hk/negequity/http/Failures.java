package hk.negequity.http;

import hk.negequity.advice.Problem;
import hk.negequity.engine.FiringLimitExceededException;
import hk.negequity.engine.RuleFailedException;
import hk.negequity.engine.WithoutMessages;
import hk.negequity.request.InvalidRequestException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
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
        config.routes.exception(RuleFailedException.class, Failures::ruleFailed);
        config.routes.exception(HttpResponseException.class, Failures::httpError);
        config.routes.exception(Exception.class, Failures::unexpected);
    }

    private static void firingLimit(FiringLimitExceededException e, Context ctx) {
        // Rule names only: never the request, whose facts are the borrower's.
        LOG.error("rule firing limit {} reached on {}; last rules fired: {}", e.limit(), ctx.path(), e.lastRules());
        Json.problem(ctx, Problem.firingLimit(e.limit(), ctx.path()));
    }

    private static void ruleFailed(RuleFailedException e, Context ctx) {
        // The rule and the exceptions' classes only (RuleFailedException): never the request's figures.
        LOG.error("the rules failed on {} {}: {}", ctx.method(), Operations.route(ctx), e.getMessage());
        Json.problem(ctx, Problem.internalError(ctx.path()));
    }

    /** Javalin's own refusals: no route, a route without this method, a body over the server's limit. */
    private static void httpError(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        // The path is shown only as the instance, never echoed inside a sentence.
        String detail = switch (status) {
            case 404 -> "there is no route " + ctx.method() + " for this path; see /openapi.json";
            case 405 -> ctx.method() + " is not allowed here; allowed: " + allowed(e);
            default -> null;
        };
        if (status == 405) {
            ctx.header("Allow", allowed(e));
        }
        Json.problem(ctx, StatusProblems.of(status, detail, ctx.path()));
    }

    /** The methods the path takes, as Javalin lists them for a 405 ("availableMethods"). */
    private static String allowed(HttpResponseException e) {
        return e.getDetails().getOrDefault("availableMethods", "").replace(" ", "");
    }

    private static void unexpected(Exception e, Context ctx) {
        LOG.error("unexpected failure on {} {}: {}", ctx.method(), Operations.route(ctx), WithoutMessages.of(e));
        Json.problem(ctx, Problem.internalError(ctx.path()));
    }
}
