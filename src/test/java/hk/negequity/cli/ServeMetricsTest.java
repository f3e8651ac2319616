package hk.negequity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real service counts only what clients ask: its start-up warm-up leaves the advice metrics at nothing. */
class ServeMetricsTest {

    private static final String CASE = """
            { "property": { "price": 6000000, "valuation": 6000000 }, "loan": { "amount": 5400000 } }""";

    @Test
    void aServiceJustReadyHasCountedNoAdviceAndOneRequestCountsOnce(@TempDir Path logs) throws Exception {
        int port = ServiceProcess.freePort();
        Process service = ServiceProcess.serve(logs, port);
        try {
            HttpClient client = HttpClient.newHttpClient();
            ServiceProcess.awaitReady(client, port);

            // Every code and kind is there from the start, at zero: the warm-up's evaluations are not counted.
            String ready = metrics(client, port);
            assertThat(ready.lines().filter(l -> l.startsWith("advisor_advice_total{"))).isNotEmpty()
                    .allSatisfy(sample -> assertThat(sample).endsWith(" 0.0"));
            assertThat(ready.lines().filter(l -> l.startsWith("advisor_evaluation_seconds_count{"))).hasSize(2)
                    .allSatisfy(sample -> assertThat(sample).endsWith(" 0"));

            assertThat(ServiceProcess.post(client, port, "/v1/advice", CASE).statusCode()).isEqualTo(200);

            String after = metrics(client, port);
            assertThat(after).containsPattern("advisor_advice_total\\{code=\"LTV_ABOVE_SAFE_LEVEL\",ruleset_version="
                    + "\"\\w+\",severity=\"CRITICAL\"} 1\\.0\n");
            assertThat(after).containsPattern("advisor_evaluation_seconds_count\\{kind=\"advice\",ruleset_version="
                    + "\"\\w+\"} 1\n");
            assertThat(after).containsPattern("advisor_evaluation_seconds_count\\{kind=\"pre-approval\",ruleset_version="
                    + "\"\\w+\"} 0\n");
        } finally {
            service.destroy(); // SIGTERM
            service.waitFor(60, TimeUnit.SECONDS);
            service.destroyForcibly();
        }
    }

    private static String metrics(HttpClient client, int port) throws Exception {
        return ServiceProcess.get(client, port, "/metrics").body();
    }
}
