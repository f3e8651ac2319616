package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hk.negequity.RuleCopies;
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
 * A reload every second while 32 clients keep asking a mix of cases: no request fails, and every answer's
 * advice is the advice of the rule-set version it carries (two versions that title the same advice
 * differently).
 */
class ReloadUnderLoadTest {

    private static final String TOKEN = "load-test-token";
    private static final int CLIENTS = 32;
    private static final int RELOADS = 6;
    private static final String NINETY_PERCENT = "{\"property\": {\"price\": 6000000, \"valuation\": 6000000}, "
            + "\"loan\": {\"amount\": 5400000}}";

    @Test
    void aReloadNeverFailsARequestAndEveryAnswerMatchesItsVersion(@TempDir Path served, @TempDir Path a,
                                                                   @TempDir Path b) throws Exception {
        RuleCopies.copy(RuleDirectories.RULES, a);
        RuleDirectories.retitle(a, "Title A");
        RuleCopies.copy(RuleDirectories.RULES, b);
        RuleDirectories.retitle(b, "Title B");
        Map<String, String> titleOf = Map.of(RuleFiles.read(a).version(), "Title A", RuleFiles.read(b).version(),
                "Title B");
        RuleCopies.copy(a, served);
        RuleSetHolder rules = RuleSetHolder.load(served, new RuleSetLoader(Clock.systemUTC()));

        try (TestServer server = new TestServer(rules, HttpSettings.defaults().withAdminToken(TOKEN))) {
            AtomicBoolean reloading = new AtomicBoolean(true);
            List<String> failures = new CopyOnWriteArrayList<>();
            Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Integer>> counts = new java.util.ArrayList<>();
            List<String> mix = mix();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                counts.add(clients.submit(() -> {
                    int answered = 0;
                    for (int i = client; reloading.get(); i++) {
                        String body = mix.get(i % mix.size());
                        TestServer.Reply reply = server.post(i % 3 == 0 ? "/v1/pre-approval" : "/v1/advice", body);
                        if (reply.status() != 200) {
                            failures.add(reply.status() + " " + reply.body());
                            continue;
                        }
                        JsonNode answer = reply.json();
                        String version = answer.get("rulesetVersion").asText();
                        versionsSeen.add(version);
                        // Every title this version gives its LTV advice is the one its catalogue says.
                        for (JsonNode title : answer.findValues("title")) {
                            if (title.asText().startsWith("Title ") && !title.asText().equals(titleOf.get(version))) {
                                failures.add("version " + version + " answered with " + title.asText());
                            }
                        }
                        if (body.equals(NINETY_PERCENT) && answer.findValues("title").stream()
                                .noneMatch(title -> title.asText().equals(titleOf.get(version)))) {
                            failures.add("version " + version + " did not title the 90% case " + titleOf.get(version));
                        }
                        answered++;
                    }
                    return answered;
                }));
            }
            // A reload every second, alternating the two rule sets, while the clients keep asking.
            int reloads = 0;
            long next = System.nanoTime();
            for (int i = 0; i < RELOADS; i++) {
                RuleCopies.copy(i % 2 == 0 ? b : a, served);
                TestServer.Reply reload = server.send(HttpRequest.newBuilder(URI.create(server.base()
                        + "/v1/admin/rules/reload")).header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.noBody()).build());
                assertThat(reload.status()).as(reload.body()).isEqualTo(200);
                assertThat(reload.json().get("rulesetVersion").asText()).isIn(titleOf.keySet());
                reloads++;
                next += 1_000_000_000L;
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            }
            reloading.set(false);
            List<Integer> answeredByClient = new java.util.ArrayList<>();
            for (Future<Integer> count : counts) {
                answeredByClient.add(count.get());
            }
            clients.shutdown();

            assertThat(failures).isEmpty();
            assertThat(versionsSeen).containsExactlyInAnyOrderElementsOf(titleOf.keySet());
            assertThat(reloads).isEqualTo(RELOADS);
            // Every client kept asking through the reloads (a count, not a rate: no timing is asserted here).
            assertThat(answeredByClient).allSatisfy(answered -> assertThat(answered).isPositive());
        }
    }

    /** The 90% case, whose LTV advice every version titles, among generated ones. */
    private static List<String> mix() {
        List<String> mix = new java.util.ArrayList<>(List.of(NINETY_PERCENT));
        hk.negequity.properties.FactSpace space = new hk.negequity.properties.FactSpace(99L);
        for (int i = 0; i < 40; i++) {
            mix.add(i % 4 == 0 ? NINETY_PERCENT : space.next().json().toString());
        }
        return mix;
    }
}
