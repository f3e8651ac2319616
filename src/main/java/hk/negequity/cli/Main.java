package hk.negequity.cli;

import hk.negequity.advice.Advisor;
import hk.negequity.engine.BundledRules;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSet;
import hk.negequity.engine.RuleSetException;
import hk.negequity.engine.RuleSetLoader;
import hk.negequity.http.AdvisorApp;
import hk.negequity.http.HttpSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the advisory service: {@code java -jar advisor.jar [--rules DIR] [--port N]}. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> env) {
        String rules = env.get("ADVISOR_RULES");
        String port = env.getOrDefault("PORT", "7070");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rules" -> rules = value(args, ++i, "--rules");
                case "--port" -> port = value(args, ++i, "--port");
                case "serve" -> { }
                default -> {
                    System.err.println("unknown argument: " + args[i] + "\nusage: advisor [serve] [--rules DIR] [--port N]");
                    return 2;
                }
            }
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            System.err.println("port must be a number: " + port);
            return 2;
        }
        Clock clock = Clock.systemUTC();
        RuleSet ruleSet;
        try {
            Path dir = rules == null ? BundledRules.directory() : Path.of(rules);
            ruleSet = new RuleSetLoader(clock).load(dir);
            LOG.info("loaded {} rules from {} (rulesetVersion {})", ruleSet.ruleCount(),
                    rules == null ? "the bundled rule set" : dir, ruleSet.version());
        } catch (RuleSetException e) {
            e.problems().forEach(problem -> System.err.println(problem));
            System.err.println("the rules were not loaded: " + e.problems().size() + " problem(s)");
            return 1;
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        Advisor advisor = Advisor.over(() -> ruleSet, new RuleEngine());
        AdvisorApp app = new AdvisorApp(advisor, HttpSettings.defaults(), clock).start(portNumber);
        LOG.info("listening on port {}", app.port());
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
        return waitForever();
    }

    private static int waitForever() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
