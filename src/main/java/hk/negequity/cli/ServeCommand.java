package hk.negequity.cli;

import hk.negequity.advice.Advisor;
import hk.negequity.engine.FiringLimitExceededException;
import hk.negequity.engine.RuleDirectoryWatcher;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSet;
import hk.negequity.engine.RuleSetHolder;
import hk.negequity.engine.RuleSetLoader;
import hk.negequity.http.AdvisorApp;
import hk.negequity.ops.JsonLogEncoder;
import hk.negequity.ops.LogFormat;
import hk.negequity.ops.Metrics;
import hk.negequity.ops.Readiness;
import hk.negequity.ops.WarmUp;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve} (the default): the HTTP service. It listens at once (health answers; the API says 503),
 * loads the rules, warms up, and only then reports ready.
 */
final class ServeCommand {

    static final String USAGE = """
            usage: advisor [serve] [--rules DIR] [--port N] [--watch] [--log-format plain|json]
                                   [--max-body-bytes N] [--max-batch-body-bytes N] [--firing-limit N]
                                   [--shutdown-grace-ms N] [--max-header-bytes N] [--idle-timeout-ms N]
                                   [--admin-token TOKEN]

            Starts the HTTP service. Each option has an environment variable (see the README's settings table):
              --rules DIR   the rule directory (ADVISOR_RULES; default: the rules bundled in the jar)
              --port N      the port (PORT; default 7070; 0 picks a free one)
              --watch       reload when a file in the rule directory changes (ADVISOR_WATCH=true)
              --log-format  plain or json (ADVISOR_LOG_FORMAT; default: plain at a terminal, else json)
            Admin routes (POST /v1/admin/rules/reload) need an admin token, ADVISOR_ADMIN_TOKEN (better: a command
            line is visible to the machine's other users) or --admin-token, of 16 characters or more; without one
            they are off.
            """;

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    /** The limit a warm-up failure is tried again with, to tell a limit set too low from a loop in the rules. */
    private static final int GENEROUS_FIRING_LIMIT = 100 * RuleEngine.DEFAULT_FIRING_LIMIT;

    /** A running service. */
    record Service(AdvisorApp app, RuleSetHolder rules, RuleDirectoryWatcher watcher, Readiness readiness)
            implements AutoCloseable {

        /** Stops taking traffic, lets requests in flight finish, then stops. */
        @Override
        public void close() throws IOException {
            readiness.markStopping();
            if (watcher != null) {
                watcher.close();
            }
            app.stop();
        }
    }

    private ServeCommand() {
    }

    /** The options {@code serve} takes. */
    static Options options(String[] args) throws Options.UsageException {
        return Options.parse(args, Set.of("--rules", "--port", "--log-format", "--max-body-bytes",
                "--max-batch-body-bytes", "--firing-limit", "--shutdown-grace-ms", "--max-header-bytes",
                "--idle-timeout-ms", "--admin-token"), Set.of("--watch"));
    }

    /**
     * Why the service does not start. With JSON logs, as ERROR lines of the log, one JSON object each as every other
     * line of it, so that a log store reads them all; at a terminal, as they are.
     */
    private static void refuse(Settings settings, PrintStream err, List<String> lines) {
        if (settings.logFormat() == LogFormat.JSON) {
            lines.forEach(line -> LOG.error("{}", line));
        } else {
            lines.forEach(err::println);
        }
    }

    /** Starts the service, or returns null after printing why it cannot start. */
    static Service start(String[] args, Map<String, String> env, PrintStream out, PrintStream err)
            throws Options.UsageException, IOException {
        return start(args, env, out, err, service -> { });
    }

    /** @param listening told of the service once it listens, while its rules load: it can be stopped from then on */
    static Service start(String[] args, Map<String, String> env, PrintStream out, PrintStream err,
                         Consumer<Service> listening) throws Options.UsageException, IOException {
        Options options = options(args);
        if (!options.positional().isEmpty()) {
            throw new Options.UsageException("serve takes no arguments, only options: " + options.positional());
        }
        Settings settings = Settings.from(options, env);
        settings.logFormat().apply();
        Path dir = RuleDirectories.choose(settings.rules(), env);
        if (settings.watch() && !dir.getFileSystem().equals(FileSystems.getDefault())) {
            throw new Options.UsageException("--watch needs a rule directory on disk (--rules DIR)");
        }
        LOG.info("starting with {}", settings.describe());
        Clock clock = Clock.systemUTC();
        Metrics metrics = new Metrics();
        Readiness readiness = new Readiness(false);
        RuleSetHolder rules = RuleSetHolder.unloaded(dir, new RuleSetLoader(clock));
        JsonLogEncoder.nameTheServingVersion(() -> {
            RuleSet serving = rules.get();
            return serving == null ? null : serving.version();
        });
        RuleEngine engine = new RuleEngine(settings.firingLimit());
        Advisor advisor = Advisor.over(rules, engine, metrics);
        // The rules load while the server starts: both are mostly class loading, and there are two cores.
        CompletableFuture<RuleSetHolder.Outcome> loading = CompletableFuture.supplyAsync(rules::reload, runnable -> {
            Thread loader = new Thread(runnable, "rule-loader");
            loader.setDaemon(true); // a server that fails to start must not wait for it
            loader.start();
        });
        AdvisorApp app;
        try {
            app = new AdvisorApp(advisor, rules, settings.http(), clock, metrics, readiness).start(settings.port());
        } catch (JavalinBindException e) {
            refuse(settings, err, List.of("advisor serve: port " + settings.port()
                    + " is in use; choose another with --port or PORT"));
            return null;
        }
        LOG.info("listening on port {}; loading the rules", app.port());
        listening.accept(new Service(app, rules, null, readiness));
        RuleSetHolder.Outcome loaded = loading.join();
        if (!loaded.reloaded()) {
            List<String> why = new ArrayList<>(loaded.problems().stream().map(Object::toString).toList());
            why.add("the rules were not loaded: " + loaded.problems().size() + " problem(s)");
            refuse(settings, err, why);
            app.stop();
            return null;
        }
        LOG.info("loaded {} rules from {} in {} ms (rulesetVersion {})", loaded.serving().ruleCount(),
                RuleDirectories.describe(dir), loaded.took().toMillis(), loaded.serving().version());
        // The same rules and engine, but no metrics: the made-up cases are not traffic, and /metrics counts only
        // what clients asked.
        RuntimeException warmUpFailed = WarmUp.run(Advisor.over(rules, engine));
        if (warmUpFailed instanceof FiringLimitExceededException
                && WarmUp.answersEveryCase(Advisor.over(rules, new RuleEngine(GENEROUS_FIRING_LIMIT)))) {
            // Not a loop in the rules, which would fire on at any limit: the limit set is too low for them, and
            // every ordinary request would fail. A setting's mistake, refused as one.
            refuse(settings, err, List.of("advisor serve: --firing-limit (ADVISOR_FIRING_LIMIT) "
                    + settings.firingLimit() + " is lower than these rules fire on an ordinary case; raise it"
                    + " (default " + RuleEngine.DEFAULT_FIRING_LIMIT + ")"));
            app.stop();
            return null;
        }
        readiness.markReady();
        if (!readiness.isReady()) {
            return new Service(app, rules, null, readiness); // a SIGTERM came while starting: the stop is under way
        }
        LOG.info("ready on port {}", app.port());
        RuleDirectoryWatcher watcher = settings.watch()
                ? new RuleDirectoryWatcher(rules, Duration.ofMillis(500)).start() : null;
        return new Service(app, rules, watcher, readiness);
    }
}
