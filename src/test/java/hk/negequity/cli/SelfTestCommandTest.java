package hk.negequity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code self-test}: the service started on a free port, one request on each route, a stop; and a busy port. */
class SelfTestCommandTest {

    @Test
    void theBundledRulesPassTheSelfTest() {
        CliRun run = CliRun.of("self-test");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("ok   200 POST /v1/advice", "ok   200 POST /v1/pre-approval/batch",
                "ok   400 POST /v1/advice", "ok   404 GET /no-such-route").endsWith("self-test passed\n");
        assertThat(run.out()).doesNotContain("FAIL");
    }

    @Test
    void rulesThatDoNotLoadFailTheSelfTestWithTheirProblems() {
        CliRun run = CliRun.of("self-test", "--rules", "src/test/resources/rulesets/syntax-error");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("ltv.drl:9:").contains("the rules were not loaded");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "ADVISOR_WATCH={0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1", "yes", "on", "ture"})
    void aSwitchSetToAnythingButTrueOrFalseIsAMistakeNotSilentlyOff(String value) {
        CliRun run = CliRun.withInput("", Map.of("ADVISOR_WATCH", value), "serve", "--port", "0");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("ADVISOR_WATCH must be true or false, not " + value);
    }

    @Test
    void aPortInUseIsSaidPlainly() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            // As at a terminal; with JSON logs it is a log line (ServeStartingTest).
            CliRun run = CliRun.withInput("", Map.of(), "serve", "--port", String.valueOf(taken.getLocalPort()),
                    "--log-format", "plain");

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("port " + taken.getLocalPort() + " is in use")
                    .doesNotContain("Exception", "at io.javalin");
        }
    }
}
