package hk.negequity.engine;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the rules when a file in the rule directory changes. Changes are debounced: the reload runs
 * once the directory has been quiet for a moment, so an editor's save (or a checkout) of several files
 * becomes one reload, with the same all-or-nothing outcome as a reload asked for over HTTP.
 */
public final class RuleDirectoryWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleDirectoryWatcher.class);

    private final RuleSetHolder holder;
    private final Duration quiet;
    private final WatchService watchService;
    private final Thread thread;

    public RuleDirectoryWatcher(RuleSetHolder holder, Duration quiet) throws IOException {
        this.holder = holder;
        this.quiet = quiet;
        this.watchService = FileSystems.getDefault().newWatchService();
        registerTree(holder.directory());
        this.thread = new Thread(this::watch, "rule-watcher");
        this.thread.setDaemon(true);
    }

    public RuleDirectoryWatcher start() {
        thread.start();
        LOG.info("watching {} for rule changes", holder.directory());
        return this;
    }

    private void watch() {
        try {
            while (true) {
                WatchKey first = watchService.take();
                drain(first);
                // Debounce: wait until no change has come for the quiet period.
                WatchKey next;
                while ((next = watchService.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(next);
                }
                RuleSetHolder.Outcome outcome;
                try {
                    outcome = holder.reload();
                } catch (RuntimeException | StackOverflowError | LinkageError e) {
                    // Whatever went wrong with this change (a file nested too deep for the parser, say), the
                    // watcher stays to see the next one; only the JVM's own failures end it.
                    LOG.error("rule files changed but the reload failed; the rules in service stay", e);
                    continue;
                }
                if (outcome.reloaded()) {
                    LOG.info("rule files changed: reloaded, rulesetVersion {} -> {} ({} rules, {} ms)",
                            outcome.previousVersion(), outcome.serving().version(), outcome.serving().ruleCount(),
                            outcome.took().toMillis());
                } else {
                    LOG.warn("rule files changed but do not load; still serving rulesetVersion {}: {}",
                            outcome.serving().version(), outcome.problems());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key) {
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = ((Path) key.watchable()).resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        LOG.warn("cannot watch new directory {}: {}", created, e.getMessage());
                    }
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watchService.close();
    }
}
