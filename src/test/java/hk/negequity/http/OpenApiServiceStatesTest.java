package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.BundledRuleSet;
import hk.negequity.RuleCopies;
import hk.negequity.advice.Advisor;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSetHolder;
import hk.negequity.engine.RuleSetLoader;
import hk.negequity.ops.Metrics;
import hk.negequity.ops.Readiness;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answers of a service that is not ready, and of the admin route, are the ones the document gives. */
class OpenApiServiceStatesTest {

    private static TestServer server;
    private static OpenApiDocument openApi;

    @BeforeAll
    static void start() {
        server = new TestServer();
        openApi = OpenApiDocument.servedBy(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A service still starting, or stopping: /health/ready and the API answer 503. */
    @Nested
    class WhileNotReady {

        private final Readiness readiness = new Readiness(false);
        private AdvisorApp app;

        @BeforeEach
        void start() {
            app = new AdvisorApp(Advisor.over(BundledRuleSet::get, new RuleEngine()), null, HttpSettings.defaults(),
                    TestServer.CLOCK, new Metrics(), readiness).start(0);
        }

        @AfterEach
        void stop() {
            app.stop();
        }

        private TestServer.Reply send(String method, String path, String body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                    .header("Content-Type", "application/json");
            return server.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)).build());
        }

        @Test
        void readinessAndTheApiAreDocumented503s() {
            TestServer.Reply ready = send("GET", "/health/ready", null);
            TestServer.Reply advice = send("POST", "/v1/advice", "{}");

            assertThat(ready.status()).isEqualTo(503);
            assertThat(advice.status()).isEqualTo(503);
            openApi.assertDocumented("get", "/health/ready", ready);
            openApi.assertDocumented("post", "/v1/advice", advice);
            openApi.assertDocumented("post", "/v1/pre-approval/batch", send("POST", "/v1/pre-approval/batch", "[]"));
            openApi.assertDocumented("get", "/v1/rules", send("GET", "/v1/rules", null));
            openApi.assertDocumented("get", "/health/live", send("GET", "/health/live", null));
        }

        @Test
        void aServiceThatHasBegunToStopSaysSoIn503s() {
            readiness.markReady();
            readiness.markStopping();

            TestServer.Reply ready = send("GET", "/health/ready", null);

            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().path("status").asText()).isEqualTo("STOPPING");
            openApi.assertDocumented("get", "/health/ready", ready);
            TestServer.Reply advice = send("POST", "/v1/advice", "{}");
            openApi.assertDocumented("post", "/v1/advice", advice);
            // It will not be back: go elsewhere, not again here in a second.
            assertThat(advice.json().path("detail").asText())
                    .isEqualTo("the service is stopping; send the request to another instance");
            assertThat(advice.header("Retry-After")).isNull();
        }

        @Test
        void aServiceStillStartingAsksForTheRequestAgainInAMoment() {
            TestServer.Reply advice = send("POST", "/v1/advice", "{}");

            assertThat(advice.json().path("detail").asText()).isEqualTo("the service is starting; try again in a moment");
            assertThat(advice.header("Retry-After")).isEqualTo("1");
        }
    }

    /** The admin route with a token configured, over a copy of the rules that a test may break. */
    @Nested
    class AdminAnswers {

        private static final String TOKEN = "openapi-test-token";

        @TempDir
        Path dir;

        private TestServer admin;

        @BeforeEach
        void start() throws Exception {
            RuleCopies.copy(RuleDirectories.RULES, dir);
            RuleSetHolder rules = RuleSetHolder.load(dir, new RuleSetLoader(Clock.systemUTC()));
            admin = new TestServer(rules, HttpSettings.defaults().withAdminToken(TOKEN));
        }

        @AfterEach
        void stop() {
            admin.close();
        }

        private TestServer.Reply reload(String authorization) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(admin.base() + "/v1/admin/rules/reload"))
                    .POST(HttpRequest.BodyPublishers.noBody());
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return admin.send(request.build());
        }

        @Test
        void aReloadAndAWrongTokenAreDocumented() {
            TestServer.Reply reloaded = reload("Bearer " + TOKEN);
            TestServer.Reply refused = reload("Bearer wrong");

            assertThat(reloaded.status()).isEqualTo(200);
            assertThat(refused.status()).isEqualTo(401);
            // The document this server serves: with a token, it has the reload route.
            OpenApiDocument document = OpenApiDocument.servedBy(admin);
            document.assertDocumented("post", "/v1/admin/rules/reload", reloaded);
            document.assertDocumented("post", "/v1/admin/rules/reload", refused);
            document.assertDocumented("post", "/v1/admin/rules/reload", reload(null));
        }

        @Test
        void aReloadWithAParameterItDoesNotReadIsADocumented400() {
            TestServer.Reply reply = admin.send(HttpRequest.newBuilder(URI.create(admin.base()
                            + "/v1/admin/rules/reload?x=1")).header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());

            assertThat(reply.status()).isEqualTo(400);
            OpenApiDocument.servedBy(admin).assertDocumented("post", "/v1/admin/rules/reload", reply);
        }

        @Test
        void rulesThatDoNotLoadAreADocumented422() throws IOException {
            RuleDirectories.breakLtv(dir);

            TestServer.Reply reply = reload("Bearer " + TOKEN);

            assertThat(reply.status()).isEqualTo(422);
            OpenApiDocument.servedBy(admin).assertDocumented("post", "/v1/admin/rules/reload", reply);
        }
    }
}
