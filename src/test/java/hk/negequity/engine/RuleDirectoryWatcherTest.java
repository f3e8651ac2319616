package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.RuleCopies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --watch: a change in the rule directory reloads the rules; a broken change keeps the old ones. */
class RuleDirectoryWatcherTest {

    private static final Path MINIMAL = Path.of("src/test/resources/rulesets/minimal");

    @Test
    void aChangedFileIsReloadedAndABrokenOneIsNot(@TempDir Path dir) throws Exception {
        RuleCopies.copy(MINIMAL, dir);
        RuleSetHolder holder = RuleSetHolder.load(dir, new RuleSetLoader(Clock.systemUTC()));
        String first = holder.get().version();

        try (RuleDirectoryWatcher watcher = new RuleDirectoryWatcher(holder, Duration.ofMillis(200)).start()) {
            retitle(dir, "High LTV", "A high LTV");
            String second = awaitVersionOtherThan(holder, first);
            assertThat(second).isEqualTo(RuleFiles.read(dir).version());

            Files.writeString(dir.resolve("ltv.drl"), "rule \"broken\" when then");
            Thread.sleep(1_500);
            assertThat(holder.get().version()).isEqualTo(second);
        }
    }

    /** A file far larger than a rule file (a dump left in the folder) is refused, not read, and the watch goes on. */
    @Test
    void aFileTooLargeToBeARuleFileIsRefusedAndTheWatchGoesOn(@TempDir Path dir) throws Exception {
        RuleCopies.copy(MINIMAL, dir);
        RuleSetHolder holder = RuleSetHolder.load(dir, new RuleSetLoader(Clock.systemUTC()));
        String first = holder.get().version();

        try (RuleDirectoryWatcher watcher = new RuleDirectoryWatcher(holder, Duration.ofMillis(200)).start()) {
            Path dump = dir.resolve("dump.bin");
            Files.write(dump, new byte[(int) RuleFiles.MOST_BYTES + 1]);
            Thread.sleep(1_500);
            assertThat(holder.get().version()).isEqualTo(first);
            assertThat(holder.reload().problems()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo("dump.bin");
                assertThat(problem.message()).contains("it is " + (RuleFiles.MOST_BYTES + 1) + " bytes");
            });

            Files.delete(dump);
            retitle(dir, "High LTV", "A high LTV");
            assertThat(awaitVersionOtherThan(holder, first)).isEqualTo(RuleFiles.read(dir).version());
        }
    }

    /** A deployment that moves a new directory into the rule directory's place: the new one is loaded and watched. */
    @Test
    void aDirectoryMovedIntoPlaceIsLoadedAndWatched(@TempDir Path parent) throws Exception {
        Path dir = parent.resolve("rules");
        RuleCopies.copy(MINIMAL, dir);
        RuleSetHolder holder = RuleSetHolder.load(dir, new RuleSetLoader(Clock.systemUTC()));
        String first = holder.get().version();

        try (RuleDirectoryWatcher watcher = new RuleDirectoryWatcher(holder, Duration.ofMillis(200)).start()) {
            Path next = parent.resolve("rules.new");
            RuleCopies.copy(MINIMAL, next);
            retitle(next, "High LTV", "A high LTV");
            Files.move(dir, parent.resolve("rules.old"));
            Files.move(next, dir);
            String second = awaitVersionOtherThan(holder, first);
            assertThat(second).isEqualTo(RuleFiles.read(dir).version());

            retitle(dir, "A high LTV", "Quite a high LTV");
            assertThat(awaitVersionOtherThan(holder, second)).isEqualTo(RuleFiles.read(dir).version());
        }
    }

    /** A deployment that deletes the directory and copies the new one in (the inode may well be the same). */
    @Test
    void aDirectoryDeletedAndMadeAgainIsLoadedAndWatched(@TempDir Path parent) throws Exception {
        Path dir = parent.resolve("rules");
        RuleCopies.copy(MINIMAL, dir);
        RuleSetHolder holder = RuleSetHolder.load(dir, new RuleSetLoader(Clock.systemUTC()));
        String first = holder.get().version();

        try (RuleDirectoryWatcher watcher = new RuleDirectoryWatcher(holder, Duration.ofMillis(200)).start()) {
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
            Thread.sleep(500);
            RuleCopies.copy(MINIMAL, dir);
            retitle(dir, "High LTV", "A high LTV");
            String second = awaitVersionOtherThan(holder, first);
            assertThat(second).isEqualTo(RuleFiles.read(dir).version());

            retitle(dir, "A high LTV", "Quite a high LTV");
            assertThat(awaitVersionOtherThan(holder, second)).isEqualTo(RuleFiles.read(dir).version());
        }
    }

    /** A change to the rules' English words: a new version, with nothing else changed. */
    private static void retitle(Path dir, String from, String to) throws java.io.IOException {
        Path messages = dir.resolve("messages/en.properties");
        String text = Files.readString(messages);
        assertThat(text).contains(from);
        Files.writeString(messages, text.replace(from, to));
    }

    /** Waits (at most 20 s, far beyond the debounce) for the watcher to swap in a new version. */
    private static String awaitVersionOtherThan(RuleSetHolder holder, String version) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!holder.get().version().equals(version)) {
                return holder.get().version();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the rules were not reloaded");
    }
}
