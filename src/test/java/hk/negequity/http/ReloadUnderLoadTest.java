package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hk.negequity.engine.RuleFiles;
import hk.negequity.engine.RuleSetHolder;
import hk.negequity.engine.RuleSetLoader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloads while clients keep asking: no request fails, and every answer's advice is the advice of the
 * rule-set version it carries (two versions that title the same advice differently).
 */
class ReloadUnderLoadTest {

    private static final String TOKEN = "load-test-token";
    private static final String NINETY_PERCENT = "{\"property\": {\"price\": 6000000, \"valuation\": 6000000}, "
            + "\"loan\": {\"amount\": 5400000}}";

    @Test
    void aReloadNeverFailsARequestAndEveryAnswerMatchesItsVersion(@TempDir Path served, @TempDir Path a,
                                                                   @TempDir Path b) throws Exception {
        RuleDirectories.copy(RuleDirectories.RULES, a);
        RuleDirectories.retitle(a, "Title A");
        RuleDirectories.copy(RuleDirectories.RULES, b);
        RuleDirectories.retitle(b, "Title B");
        Map<String, String> titleOf = Map.of(RuleFiles.read(a).version(), "Title A", RuleFiles.read(b).version(),
                "Title B");
        RuleDirectories.copy(a, served);
        RuleSetHolder rules = RuleSetHolder.load(served, new RuleSetLoader(Clock.systemUTC()));

        try (TestServer server = new TestServer(rules, HttpSettings.defaults().withAdminToken(TOKEN))) {
            AtomicBoolean reloading = new AtomicBoolean(true);
            List<String> failures = new CopyOnWriteArrayList<>();
            Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<Integer>> counts = new java.util.ArrayList<>();
            for (int c = 0; c < 4; c++) {
                counts.add(clients.submit(() -> {
                    int answered = 0;
                    while (reloading.get()) {
                        TestServer.Reply reply = server.post("/v1/advice", NINETY_PERCENT);
                        if (reply.status() != 200) {
                            failures.add(reply.status() + " " + reply.body());
                            continue;
                        }
                        JsonNode answer = reply.json();
                        String version = answer.get("rulesetVersion").asText();
                        String title = answer.get("advice").findValues("title").stream().map(JsonNode::asText)
                                .filter(t -> t.startsWith("Title ")).findFirst().orElse("none");
                        versionsSeen.add(version);
                        if (!title.equals(titleOf.get(version))) {
                            failures.add("version " + version + " answered with " + title);
                        }
                        answered++;
                    }
                    return answered;
                }));
            }
            for (int i = 0; i < 4; i++) {
                RuleDirectories.copy(i % 2 == 0 ? b : a, served);
                TestServer.Reply reload = server.send(HttpRequest.newBuilder(URI.create(server.base()
                        + "/v1/admin/rules/reload")).header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.noBody()).build());
                assertThat(reload.status()).as(reload.body()).isEqualTo(200);
                assertThat(reload.json().get("rulesetVersion").asText()).isIn(titleOf.keySet());
            }
            reloading.set(false);
            int answered = 0;
            for (Future<Integer> count : counts) {
                answered += count.get();
            }
            clients.shutdown();

            assertThat(failures).isEmpty();
            assertThat(versionsSeen).containsExactlyInAnyOrderElementsOf(titleOf.keySet());
            assertThat(answered).isGreaterThan(100);
        }
    }
}
