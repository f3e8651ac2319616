package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import hk.negequity.RuleCopies;
import hk.negequity.engine.RuleSetHolder;
import hk.negequity.engine.RuleSetLoader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** POST /v1/admin/rules/reload: new rules swap in whole, broken ones never, and only with the token. */
class ReloadTest {

    private static final String TOKEN = "s3cret-admin-token";

    @TempDir
    Path dir;

    private RuleSetHolder rules;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        RuleCopies.copy(RuleDirectories.RULES, dir);
        rules = RuleSetHolder.load(dir, new RuleSetLoader(Clock.systemUTC()));
        server = new TestServer(rules, HttpSettings.defaults().withAdminToken(TOKEN));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TestServer.Reply reload(String authorization) {
        return reload(authorization, "");
    }

    private TestServer.Reply reload(String authorization, String query) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + "/v1/admin/rules/reload" + query))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return server.send(request.build());
    }

    private String versionServed() {
        return server.post("/v1/advice", "{}").json().get("rulesetVersion").asText();
    }

    @Test
    void goodRulesSwapInAndEveryAnswerCarriesTheNewVersion() throws Exception {
        String before = versionServed();
        RuleDirectories.retitle(dir, "Borrowing above 80%");

        TestServer.Reply reply = reload("Bearer " + TOKEN);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.get("previousVersion").asText()).isEqualTo(before);
        assertThat(answer.get("rulesetVersion").asText()).isNotEqualTo(before).isEqualTo(versionServed());
        assertThat(answer.get("changed").asBoolean()).isTrue();
        assertThat(reply.header("X-Ruleset-Version")).as("the reload's own answer names the new rules")
                .isEqualTo(answer.get("rulesetVersion").asText());
        assertThat(answer.get("ruleCount").asInt()).isPositive();
        assertThat(server.get("/v1/rules").header("X-Ruleset-Version")).isEqualTo(answer.get("rulesetVersion").asText());
    }

    @Test
    void brokenRulesAreRefusedWithTheirFileAndLineAndTheOldVersionKeepsServing() throws Exception {
        String before = versionServed();
        RuleDirectories.breakLtv(dir);

        TestServer.Reply reply = reload("Bearer " + TOKEN);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("rulesetVersion").asText()).isEqualTo(before);
        assertThat(problem.get("problems").get(0).get("text").asText()).startsWith("ltv.drl:");
        assertThat(problem.get("problems").get(0).get("line").asInt()).isPositive();
        assertThat(versionServed()).isEqualTo(before);
    }

    @Test
    void unchangedFilesReloadToTheSameVersionAndKeepTheRulesInService() {
        String before = versionServed();
        String loadedAt = server.get("/v1/rules").json().get("loadedAt").asText();

        JsonNode answer = reload("Bearer " + TOKEN).json();

        assertThat(answer.get("rulesetVersion").asText()).isEqualTo(before);
        assertThat(answer.get("changed").asBoolean()).isFalse();
        assertThat(server.get("/v1/rules").json().get("loadedAt").asText()).as("the same rules, loaded then")
                .isEqualTo(loadedAt);
    }

    @Test
    void aMissingOrWrongTokenIsRefusedAndTheTokenIsNeverLogged() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger admin = (Logger) LoggerFactory.getLogger(AdminHandler.class);
        admin.addAppender(logs);
        try {
            assertThat(reload(null).status()).isEqualTo(401);
            TestServer.Reply wrong = reload("Bearer not-the-" + TOKEN);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(reload("Basic " + TOKEN).status()).isEqualTo(401);
            assertThat(reload("Bearer " + TOKEN.substring(1)).status()).isEqualTo(401);
        } finally {
            admin.detachAppender(logs);
        }
        assertThat(logs.list).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(TOKEN, "not-the-"));
    }

    @Test
    void aParameterTheReloadDoesNotTakeIsRefusedOnlyOnceTheCallerIsKnown() {
        assertThat(reload(null, "?force=true").status()).as("who may not reload learns nothing more").isEqualTo(401);
        TestServer.Reply reply = reload("Bearer " + TOKEN, "?force=true");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("detail").asText()).contains("it takes none");
    }

    @Test
    void withoutAConfiguredTokenTheAdminRoutesDoNotExist() {
        try (TestServer noAdmin = new TestServer(rules, HttpSettings.defaults())) {
            TestServer.Reply reply = noAdmin.send(HttpRequest.newBuilder(URI.create(noAdmin.base()
                    + "/v1/admin/rules/reload")).header("Authorization", "Bearer anything")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(reply.status()).isEqualTo(404);
            assertThat(noAdmin.get("/v1/admin/rules/reload").status()).as("no 405 naming POST either").isEqualTo(404);
            assertThat(noAdmin.post("/v1/admin/rules/reload?force=true", "").status()).isEqualTo(404);
        }
    }

    static Map<String, String> json() {
        return Map.of("Content-Type", "application/json");
    }
}
