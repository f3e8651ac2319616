package hk.negequity.http;

import hk.negequity.advice.Problem;
import hk.negequity.advice.Advisor;
import hk.negequity.advice.Languages;
import hk.negequity.advice.RuleCatalogue;
import hk.negequity.engine.RuleSetHolder;
import hk.negequity.engine.FiringLimitExceededException;
import hk.negequity.request.InvalidRequestException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: one route table, each route a small handler, every failure an RFC 9457 problem. Built
 * with its dependencies; {@link #start(int)} on port 0 picks a free port (tests do).
 */
public final class AdvisorApp {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisorApp.class);

    static final String RULESET_VERSION = "X-Ruleset-Version";

    private final Javalin javalin;

    /** An app without admin routes, over a rule set that does not change. */
    public AdvisorApp(Advisor advisor, HttpSettings settings, Clock clock) {
        this(advisor, null, settings, clock);
    }

    /** @param holder the reloadable rule set, for the admin routes; null for none */
    public AdvisorApp(Advisor advisor, RuleSetHolder holder, HttpSettings settings, Clock clock) {
        AdminHandler adminHandler = new AdminHandler(holder, settings.adminToken());
        AdviceHandler adviceHandler = new AdviceHandler(advisor.advice(), settings, clock);
        PreApprovalHandler preApprovalHandler = new PreApprovalHandler(advisor.preApproval(), advisor.preApprovalBatch(),
                settings, clock);
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Each route checks its own limit; this is the largest any route accepts.
            config.http.maxRequestSize = Math.max(settings.maxBodyBytes(), settings.maxBatchBodyBytes());
            config.router.ignoreTrailingSlashes = true;

            config.routes.post("/v1/advice", adviceHandler::advise);
            config.routes.post("/v1/pre-approval", preApprovalHandler::preApprove);
            config.routes.post("/v1/pre-approval/batch", preApprovalHandler::preApproveAll);
            config.routes.get("/v1/rules", ctx -> rules(ctx, advisor));
            config.routes.post("/v1/admin/rules/reload", adminHandler::reload);
            config.routes.after(ctx -> {
                // Every answer names the rules behind it; answers that carry a version set it themselves.
                if (ctx.res().getHeader(RULESET_VERSION) == null) {
                    ctx.header(RULESET_VERSION, advisor.ruleSets().get().version());
                }
            });

            config.routes.exception(ProblemException.class, (e, ctx) -> Json.problem(ctx, e.problem()));
            config.routes.exception(InvalidRequestException.class,
                    (e, ctx) -> Json.problem(ctx, Problem.invalidRequest(e.violations(), ctx.path())));
            config.routes.exception(FiringLimitExceededException.class, AdvisorApp::firingLimit);
            config.routes.exception(HttpResponseException.class, AdvisorApp::httpError);
            config.routes.exception(Exception.class, AdvisorApp::unexpected);
            config.routes.error(404, ctx -> notFound(ctx));
            config.routes.error(405, ctx -> Json.problem(ctx, Problem.of("method-not-allowed", "Method not allowed",
                    405, ctx.method() + " is not allowed on " + ctx.path(), ctx.path())));
        });
    }

    public AdvisorApp start(int port) {
        javalin.start(port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    private static void rules(Context ctx, Advisor advisor) {
        String language = Languages.choose(ctx.queryParam("lang"), ctx.header("Accept-Language"),
                advisor.ruleSets().get().catalogues().keySet());
        RuleCatalogue.Answer answer = advisor.catalogue().describe(language);
        Presentations.describe(ctx, answer.language());
        Json.write(ctx, 200, answer);
    }

    private static void notFound(Context ctx) {
        if (!isProblem(ctx)) {
            Json.problem(ctx, Problem.of("not-found", "Not found", 404, "no route " + ctx.method() + " "
                    + ctx.path(), ctx.path()));
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
            default -> status < 500 ? "Bad request" : "Server error";
        };
        Json.problem(ctx, Problem.of(title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), title, status,
                title, ctx.path()));
    }

    private static void unexpected(Exception e, Context ctx) {
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        Json.problem(ctx, Problem.internalError(ctx.path()));
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Json.PROBLEM_JSON);
    }
}
