package hk.negequity.cli;

import hk.negequity.advice.Advisor;
import hk.negequity.engine.RuleDirectoryWatcher;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSetException;
import hk.negequity.engine.RuleSetHolder;
import hk.negequity.engine.RuleSetLoader;
import hk.negequity.http.AdvisorApp;
import hk.negequity.http.HttpSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code serve} (the default): the HTTP service on a rule directory, with safe reloads. */
final class ServeCommand {

    static final String USAGE = """
            usage: advisor [serve] [--rules DIR] [--port N] [--watch]

            Starts the HTTP service.
              --rules DIR   the rule directory (env ADVISOR_RULES; default: the rules bundled in the jar)
              --port N      the port (env PORT; default 7070; 0 picks a free one)
              --watch       reload the rules when a file in the rule directory changes (env ADVISOR_WATCH=true)
            Admin routes (POST /v1/admin/rules/reload) need env ADVISOR_ADMIN_TOKEN; without it they are off.
            """;

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    /** A running service. */
    record Service(AdvisorApp app, RuleSetHolder rules, RuleDirectoryWatcher watcher) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            if (watcher != null) {
                watcher.close();
            }
            app.stop();
        }
    }

    private ServeCommand() {
    }

    /** Starts the service, or returns null after printing why it cannot start. */
    static Service start(String[] args, Map<String, String> env, PrintStream out, PrintStream err)
            throws Options.UsageException, IOException {
        Options options = Options.parse(args, Set.of("--rules", "--port"), Set.of("--watch"));
        if (options.has("--help")) {
            out.print(USAGE);
            return null;
        }
        if (!options.positional().isEmpty()) {
            throw new Options.UsageException("serve takes no arguments, only options: " + options.positional());
        }
        int port = port(options.value("--port") != null ? options.value("--port") : env.getOrDefault("PORT", "7070"));
        Path dir = RuleDirectories.choose(options.value("--rules"), env);
        boolean watch = options.has("--watch") || "true".equalsIgnoreCase(env.get("ADVISOR_WATCH"));
        Clock clock = Clock.systemUTC();
        RuleSetHolder rules;
        try {
            rules = RuleSetHolder.load(dir, new RuleSetLoader(clock));
        } catch (RuleSetException e) {
            e.problems().forEach(err::println);
            err.println("the rules were not loaded: " + e.problems().size() + " problem(s)");
            return null;
        }
        LOG.info("loaded {} rules from {} (rulesetVersion {})", rules.get().ruleCount(), RuleDirectories.describe(dir),
                rules.get().version());
        HttpSettings settings = HttpSettings.defaults().withAdminToken(env.get("ADVISOR_ADMIN_TOKEN"));
        AdvisorApp app = new AdvisorApp(Advisor.over(rules, new RuleEngine()), rules, settings, clock).start(port);
        RuleDirectoryWatcher watcher = null;
        if (watch) {
            if (!dir.getFileSystem().equals(FileSystems.getDefault())) {
                throw new Options.UsageException("--watch needs a rule directory on disk (--rules DIR)");
            }
            watcher = new RuleDirectoryWatcher(rules, Duration.ofMillis(500)).start();
        }
        LOG.info("listening on port {}; settings: rules {}, {}, watch {}", app.port(), RuleDirectories.describe(dir),
                settings, watch);
        return new Service(app, rules, watcher);
    }

    private static int port(String text) throws Options.UsageException {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new Options.UsageException("the port must be a number from 0 to 65535, not " + text);
        }
    }
}
