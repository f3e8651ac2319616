package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.BundledRuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every refusal carries besides its detail: the rules in service, as every answer does, and a type URI that
 * leads to a page saying what the type means, as RFC 9457 recommends.
 */
class ProblemAnswersTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** One refusal of each kind: 400 (a field, a query parameter, a batch), 415, 413, 404, 405 and Jetty's 431. */
    private static List<TestServer.Reply> refusals() {
        List<TestServer.Reply> refusals = List.of(
                server.post("/v1/advice", "{\"loan\": {\"amount\": -1}}"),
                server.post("/v1/advice?explain=maybe", "{}"),
                server.post("/v1/advice", "{}", Map.of("Content-Type", "text/plain")),
                server.post("/v1/advice", "{\"lang\": \"" + " ".repeat(70_000) + "\"}"),
                server.post("/v1/pre-approval/batch", "{}"),
                server.get("/v1/nothing-here"),
                server.get("/v1/advice"),
                server.get("/v1/rules", Map.of("X-Padding", "a".repeat(20_000))));
        assertThat(refusals).extracting(TestServer.Reply::status).containsExactly(400, 400, 415, 413, 400, 404, 405, 431);
        return refusals;
    }

    @Test
    void everyRefusalCarriesTheRulesetVersionInItsBodyAndItsHeader() {
        String version = BundledRuleSet.get().version();

        assertThat(refusals()).allSatisfy(reply -> {
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().path("rulesetVersion").asText()).as(reply.body()).isEqualTo(version);
            assertThat(reply.header("X-Ruleset-Version")).isEqualTo(version);
        });
    }

    @Test
    void theTypeOfEveryRefusalLeadsToAPageSayingWhatItMeans() {
        assertThat(refusals()).allSatisfy(refusal -> {
            String type = refusal.json().get("type").asText();
            TestServer.Reply page = server.get(type);
            assertThat(page.status()).as(type).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("<h1>Problem type " + type + "</h1>");
        });
    }

    @Test
    void aTypeThatDoesNotExistIsA404Problem() {
        TestServer.Reply reply = server.get("/problems/no-such-type");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("detail").asText()).contains("no problem type 'no-such-type'");
    }

    @Test
    void thePagesAndTheirRefusalAreDocumented() {
        OpenApiDocument openApi = OpenApiDocument.servedBy(server);

        openApi.assertDocumented("get", ProblemTypes.ROUTE, server.get("/problems/not-ready"));
        openApi.assertDocumented("get", ProblemTypes.ROUTE, server.get("/problems/no-such-type"));
    }

    @Test
    void theWordsOfAPageAreWrittenAsTextNotAsMarkup() {
        assertThat(server.get("/problems/invalid-request").body()).doesNotContain("<code>errors").contains("<p>The");
        assertThat(ProblemTypes.descriptions().values()).allSatisfy(text -> assertThat(text).doesNotContain("<"));
    }

    /** Every type the code names (Problem.of, a type prefix, a status's title) has its page, and no page is idle. */
    @Test
    void everyTypeTheCodeCanAnswerWithIsDocumented() throws IOException {
        Set<String> named = new TreeSet<>();
        Pattern literal = Pattern.compile("(?:Problem\\.of\\(|(?<![.\\w])of\\(|TYPE_PREFIX \\+ )\"([a-z0-9-]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher found = literal.matcher(Files.readString(source));
                while (found.find()) {
                    named.add(found.group(1));
                }
            }
        }
        for (int status : new int[] {400, 404, 405, 408, 413, 414, 415, 417, 426, 431, 500, 505}) {
            named.add(StatusProblems.of(status, null, null).type().substring("/problems/".length()));
        }

        assertThat(ProblemTypes.descriptions().keySet()).containsExactlyInAnyOrderElementsOf(named);
    }
}
