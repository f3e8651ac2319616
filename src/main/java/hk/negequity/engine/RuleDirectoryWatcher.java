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
    /** The directory watched, as the file system knows it: another one moved into its place is not it. */
    private Object watchedKey;
    /** The directory watched was deleted: one made again at its path (with the same inode, maybe) is a new one. */
    private boolean rootDeleted;

    public RuleDirectoryWatcher(RuleSetHolder holder, Duration quiet) throws IOException {
        this.holder = holder;
        this.quiet = quiet;
        this.watchService = FileSystems.getDefault().newWatchService();
        registerTree(holder.directory());
        this.watchedKey = fileKey(holder.directory());
        this.thread = new Thread(this::watch, "rule-watcher");
        this.thread.setDaemon(true);
        // Whatever ends it is said in the log's own format, not printed beside it.
        this.thread.setUncaughtExceptionHandler((t, e) -> LOG.error("the rule watcher stopped: {}; rule files are no "
                + "longer watched, reload over HTTP", WithoutMessages.of(e)));
    }

    public RuleDirectoryWatcher start() {
        thread.start();
        LOG.info("watching {} for rule changes", holder.directory());
        return this;
    }

    private void watch() {
        try {
            while (true) {
                WatchKey first = watchService.poll(REPLACED_CHECK.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (!replaced()) {
                        continue;
                    }
                } else {
                    drain(first);
                }
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
        if (!key.reset() && holder.directory().equals(key.watchable())) {
            rootDeleted = true; // its watch is gone with it
        }
    }

    /** How often the watcher looks whether another directory was moved in place of the one it watches. */
    private static final Duration REPLACED_CHECK = Duration.ofSeconds(2);

    /**
     * Whether another directory now stands at the rule directory's path (a deployment that moves a new one into
     * place, or deletes the old and copies the new): a watch follows the directory, not its path, so the new one is
     * watched from now on, and reloaded.
     */
    private boolean replaced() {
        Path root = holder.directory();
        Object now = fileKey(root);
        if (now == null || (now.equals(watchedKey) && !rootDeleted)) {
            return false;
        }
        try {
            registerTree(root);
            watchedKey = now;
            rootDeleted = false;
            LOG.info("another directory stands at {}; watching it", root);
            return true;
        } catch (IOException e) {
            LOG.warn("cannot watch the directory moved in place of {}: {}", root, e.getMessage());
            return false;
        }
    }

    private static Object fileKey(Path dir) {
        try {
            return Files.readAttributes(dir, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
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
