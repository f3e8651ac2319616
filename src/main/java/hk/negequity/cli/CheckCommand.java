package hk.negequity.cli;

import hk.negequity.engine.RuleSet;
import hk.negequity.engine.RuleSetException;
import hk.negequity.engine.RuleSetLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * {@code check [DIR]}: loads a rule directory exactly as the service would, and reports every problem as
 * {@code file:line: message}. Exit 0 when it would load, 1 when not.
 */
final class CheckCommand {

    static final String USAGE = """
            usage: advisor check [DIR]

            Compiles the rule files, policy tables and message catalogues of DIR (default: $ADVISOR_RULES, else
            ./rules, else the bundled rules) exactly as the service loads them. Prints each problem as
            file:line: message and exits 1; on success prints the rule count and the rulesetVersion and exits 0.
            """;

    private CheckCommand() {
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err)
            throws Options.UsageException, IOException {
        Options options = Options.parse(args, Set.of(), Set.of());
        if (options.has("--help")) {
            out.print(USAGE);
            return 0;
        }
        if (options.positional().size() > 1) {
            throw new Options.UsageException("check takes one rule directory, not " + options.positional());
        }
        Path dir = RuleDirectories.chooseForCheck(options.positional().isEmpty() ? null : options.positional().get(0),
                env);
        try {
            RuleSet rules = new RuleSetLoader(Clock.systemUTC()).load(dir);
            out.printf("%s: OK, %d rules (%d giving advice), %d message catalogues; rulesetVersion %s%n",
                    RuleDirectories.describe(dir), rules.ruleCount(), rules.adviceRules().size(),
                    rules.catalogues().size(), rules.version());
            return 0;
        } catch (RuleSetException e) {
            RuleDirectories.printProblems(out, dir, e.problems());
            // The problems are what the command was asked for, like the OK line: both on standard output.
            out.printf("%s: %d problem(s); the service would not load these rules%n", RuleDirectories.describe(dir),
                    e.problems().size());
            return 1;
        }
    }
}
