package hk.negequity.http;

import hk.negequity.advice.Advisor;
import hk.negequity.advice.Languages;
import hk.negequity.advice.RuleCatalogue;
import hk.negequity.engine.RuleSetHolder;
import hk.negequity.ops.Metrics;
import hk.negequity.ops.Readiness;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import java.time.Clock;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.List;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP API: one route table, each route a small handler, every failure an RFC 9457 problem, and the
 * routes operators need. Built with its dependencies; {@link #start(int)} on port 0 picks a free port
 * (tests do); {@link #stop()} stops taking connections and lets requests in flight finish.
 */
public final class AdvisorApp {

    static final String RULESET_VERSION = "X-Ruleset-Version";

    private final Javalin javalin;
    private final Metrics metrics;
    private final long idleTimeoutMillis;

    /** An app without admin routes, over a rule set that does not change. */
    public AdvisorApp(Advisor advisor, HttpSettings settings, Clock clock) {
        this(advisor, null, settings, clock, new Metrics(), Readiness.ready());
    }

    /** @param holder the reloadable rule set, for the admin routes; null for none */
    public AdvisorApp(Advisor advisor, RuleSetHolder holder, HttpSettings settings, Clock clock) {
        this(advisor, holder, settings, clock, new Metrics(), Readiness.ready());
    }

    /**
     * @param metrics   the registry the advisor's evaluations are also reported to
     * @param readiness until ready, the API answers 503 and /health/ready says so
     */
    public AdvisorApp(Advisor advisor, RuleSetHolder holder, HttpSettings settings, Clock clock, Metrics metrics,
                      Readiness readiness) {
        this.idleTimeoutMillis = settings.idleTimeoutMillis();
        AdminHandler adminHandler = new AdminHandler(holder, settings.adminToken());
        AdviceHandler adviceHandler = new AdviceHandler(advisor.advice(), settings, clock);
        PreApprovalHandler preApprovalHandler = new PreApprovalHandler(advisor.preApproval(), advisor.preApprovalBatch(),
                settings, clock);
        Operations operations = new Operations(metrics, readiness, advisor.ruleSets());
        this.metrics = metrics;
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Each route checks its own limit; this is the largest any route accepts.
            config.http.maxRequestSize = Math.max(settings.maxBodyBytes(), settings.maxBatchBodyBytes());
            config.router.ignoreTrailingSlashes = true;
            // A known path with the wrong method is a 405 naming the methods it takes, not a 404.
            config.http.prefer405over404 = true;
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(settings.maxHeaderBytes()));
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyProblems(advisor.ruleSets(), metrics));
                // On stop: close the connectors, then wait (bounded) for requests in flight.
                server.setStopTimeout(settings.shutdownGraceMillis());
                // A body is gathered before a route reads it, so that a client slow to send holds no thread.
                server.insertHandler(new WholeBodyFirst(settings.maxBodyBytes(), settings.maxBatchBodyBytes(),
                        settings.idleTimeoutMillis()));
                server.insertHandler(new GracefulHandler());
                new JettyServerThreadPoolMetrics(server.getThreadPool(), List.of()).bindTo(metrics.registry());
            });

            operations.register(config);
            ApiDocs.register(config, adminHandler.enabled());
            ProblemTypes.register(config);
            config.routes.post("/v1/advice", adviceHandler::advise);
            config.routes.post("/v1/pre-approval", preApprovalHandler::preApprove);
            config.routes.post(WholeBodyFirst.BATCH_PATH, preApprovalHandler::preApproveAll);
            GetRoutes.add(config, "/v1/rules", ctx -> rules(ctx, advisor));
            if (adminHandler.enabled()) { // otherwise the route does not exist: 404 to every method
                config.routes.post(ApiDocs.RELOAD_PATH, adminHandler::reload);
            }
            Failures.register(config);
        });
    }

    public AdvisorApp start(int port) {
        javalin.start(port);
        for (Connector connector : javalin.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector withTimeout) {
                withTimeout.setIdleTimeout(idleTimeoutMillis);
            }
        }
        // The connectors exist only once the server has started.
        JettyConnectionMetrics.addToAllConnectors(javalin.jettyServer().server(), metrics.registry());
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    /** Every route declared, as "METHOD /path", for the OpenAPI document's test to hold it to. */
    SortedSet<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(handler -> handler.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void rules(Context ctx, Advisor advisor) {
        Presentations.requireOnly(ctx, Presentations.LANG);
        String language = Languages.choose(null, Presentations.asked(ctx),
                advisor.ruleSets().get().catalogues().keySet());
        RuleCatalogue.Answer answer = advisor.catalogue().describe(language);
        ctx.header(RULESET_VERSION, answer.rulesetVersion());
        Presentations.describe(ctx, answer.language());
        Json.write(ctx, 200, answer);
    }
}
