package hk.negequity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import hk.negequity.RuleCopies;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real service before it is ready: a SIGTERM stops it cleanly, and rules it refuses are logged as its logs are. */
class ServeStartingTest {

    @Test
    void sigtermWhileTheRulesLoadStopsCleanlyAndExitsZero(@TempDir Path logs, @TempDir Path rules) throws Exception {
        RuleCopies.copy(Path.of("rules"), rules);
        // Rules of another version than the bundled ones are compiled at start, not taken precompiled: seconds.
        Files.writeString(rules.resolve("ltv.drl"), "\n// a copy of its own\n", java.nio.file.StandardOpenOption.APPEND);
        int port = ServiceProcess.freePort();
        Process service = ServiceProcess.serve(logs, port, "--rules", rules.toString());
        try {
            HttpClient client = HttpClient.newHttpClient();
            assertThat(awaitStarting(client, port)).as("the service answered while starting").isTrue();

            service.destroy(); // SIGTERM

            assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(service.exitValue()).isZero();
            assertThat(Files.readString(logs.resolve("service.log"))).contains("stopping:", "stopped")
                    .doesNotContain("ready on port");
        } finally {
            service.destroyForcibly();
        }
    }

    @Test
    void rulesThatDoNotLoadAreReportedAsJsonLinesWhenTheLogsAreJson(@TempDir Path logs) throws Exception {
        Process service = ServiceProcess.serveLogging("json", logs, ServiceProcess.freePort(), "--rules",
                "src/test/resources/rulesets/syntax-error");
        try {
            assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(service.exitValue()).isEqualTo(1);
            List<String> lines = Files.readAllLines(logs.resolve("service.log")).stream().filter(l -> !l.isBlank())
                    .toList();
            ObjectMapper json = new ObjectMapper();
            assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(json.readTree(line).isObject()).isTrue());
            assertThat(lines).anySatisfy(line -> assertThat(json.readTree(line).get("message").asText())
                    .startsWith("ltv.drl:9: "));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("the rules were not loaded: 1 problem(s)"));
        } finally {
            service.destroyForcibly();
        }
    }

    @Test
    void aPortInUseIsReportedAsAJsonLineWhenTheLogsAreJson(@TempDir Path logs) throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            Process service = ServiceProcess.serveLogging("json", logs, taken.getLocalPort());
            try {
                assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(service.exitValue()).isEqualTo(1);
                List<String> lines = Files.readAllLines(logs.resolve("service.log")).stream()
                        .filter(l -> !l.isBlank()).toList();
                ObjectMapper json = new ObjectMapper();
                assertThat(lines).allSatisfy(line -> assertThat(json.readTree(line).isObject()).isTrue());
                assertThat(lines).anySatisfy(line -> assertThat(line).contains("is in use"));
            } finally {
                service.destroyForcibly();
            }
        }
    }

    /**
     * A firing limit below what the rules fire on an ordinary case would fail every request while the health checks
     * said ready: the start is refused, naming the setting. (A rule set that loops at any limit still starts, with a
     * warning: ServeFailingRulesTest.)
     */
    @Test
    void aFiringLimitTooLowForTheRulesStopsTheStartNamingTheSetting(@TempDir Path logs) throws Exception {
        Process service = ServiceProcess.serveLogging("plain", logs, ServiceProcess.freePort(), "--firing-limit", "10");
        try {
            assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(service.exitValue()).isEqualTo(1);
            assertThat(Files.readString(logs.resolve("service.log")))
                    .contains("--firing-limit (ADVISOR_FIRING_LIMIT) 10 is lower than these rules fire on an ordinary"
                            + " case; raise it (default 1000)");
        } finally {
            service.destroyForcibly();
        }
    }

    /** Polls readiness until it says STARTING (true), or the service is ready or gone first (false). */
    private static boolean awaitStarting(HttpClient client, int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = ServiceProcess.get(client, port, "/health/ready");
                return ready.statusCode() == 503 && ready.body().contains("STARTING");
            } catch (IOException e) {
                Thread.sleep(20); // not listening yet
            }
        }
        return false;
    }

}
