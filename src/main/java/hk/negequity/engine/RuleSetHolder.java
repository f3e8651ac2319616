package hk.negequity.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The rule set being served, and its safe replacement. A reload builds a whole new rule set from the rule
 * directory while the current one keeps serving, then swaps it in atomically; if the new files have any
 * problem, nothing changes. A request reads the current rule set once and finishes on it, whatever
 * reloads happen meanwhile.
 */
public final class RuleSetHolder implements Supplier<RuleSet> {

    private final Path directory;
    private final RuleSetLoader loader;
    private final AtomicReference<RuleSet> current;

    public RuleSetHolder(Path directory, RuleSetLoader loader, RuleSet initial) {
        this.directory = directory;
        this.loader = loader;
        this.current = new AtomicReference<>(initial);
    }

    /** A holder with nothing loaded yet: {@link #get()} is null until the first {@link #reload()} succeeds. */
    public static RuleSetHolder unloaded(Path directory, RuleSetLoader loader) {
        return new RuleSetHolder(directory, loader, null);
    }

    /** Loads the directory for the first time; a problem there is the caller's to report. */
    public static RuleSetHolder load(Path directory, RuleSetLoader loader) throws RuleSetException {
        return new RuleSetHolder(directory, loader, loader.load(directory));
    }

    @Override
    public RuleSet get() {
        return current.get();
    }

    public Path directory() {
        return directory;
    }

    /** What a reload did: swapped in a new version, or kept the old one because of these problems. */
    public record Outcome(boolean reloaded, String previousVersion, RuleSet serving, List<RuleProblem> problems,
                          Duration took) {

        public boolean changed() {
            return reloaded && !serving.version().equals(previousVersion);
        }
    }

    /** Rebuilds from the directory; one reload at a time, while requests go on being served. */
    public synchronized Outcome reload() {
        long start = System.nanoTime();
        RuleSet before = current.get();
        try {
            RuleSet loaded = loader.load(directory);
            if (before != null && loaded.version().equals(before.version())) {
                // The same files: the rules in service stay, with their load time and their warm sessions.
                return new Outcome(true, before.version(), before, List.of(), Duration.ofNanos(System.nanoTime() - start));
            }
            current.set(loaded);
            return new Outcome(true, versionOf(before), loaded, List.of(), Duration.ofNanos(System.nanoTime() - start));
        } catch (RuleSetException e) {
            return new Outcome(false, versionOf(before), before, e.problems(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static String versionOf(RuleSet ruleSet) {
        return ruleSet == null ? null : ruleSet.version();
    }
}
