package hk.negequity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real service started on rules that fail on every request: it still becomes ready, and each request gets
 * its problem answer, the next one too. The warm-up meets the failure first and must not stop the start.
 */
class ServeFailingRulesTest {

    private static final String CASE = """
            { "property": { "price": 6000000, "valuation": 6000000 }, "loan": { "amount": 4200000 } }""";

    @ParameterizedTest(name = "rules {0}: {1} answers {2}")
    @CsvSource({
            "loop,    /v1/advice,        500, firing-limit",
            "loop,    /v1/pre-approval,  500, firing-limit",
            "minimal, /v1/advice,        200, ''",
            "minimal, /v1/pre-approval,  500, internal-error",
    })
    void rulesThatFailOnEveryRequestStillServeAProblemPerRequest(String ruleSet, String route, int status,
                                                                 String problem, @TempDir Path logs) throws Exception {
        int port = ServiceProcess.freePort();
        Process service = ServiceProcess.serve(logs, port, "--rules",
                Path.of("src/test/resources/rulesets", ruleSet).toString());
        try {
            HttpClient client = HttpClient.newHttpClient();
            ServiceProcess.awaitReady(client, port);
            for (int request = 0; request < 2; request++) {
                HttpResponse<String> answer = ServiceProcess.post(client, port, route, CASE);

                assertThat(answer.statusCode()).isEqualTo(status);
                assertThat(answer.body()).contains(problem).doesNotContain("Exception", "at hk.");
            }
            service.destroy(); // SIGTERM
            assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(service.exitValue()).isZero();
            assertThat(Files.readString(logs.resolve("service.log"))).doesNotContain("Exception in thread");
        } finally {
            service.destroyForcibly();
        }
    }
}
