package hk.negequity.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hk.negequity.BundledRuleSet;
import hk.negequity.advice.Advisor;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSetHolder;
import hk.negequity.ops.Metrics;
import hk.negequity.ops.Readiness;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** The real app on a free port, with the real rules, and a client that speaks to it. */
final class TestServer implements AutoCloseable {

    /** 2026-11-28 in Hong Kong. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T04:00:00Z"), ZoneOffset.UTC);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AdvisorApp app;
    private final HttpClient client = HttpClient.newHttpClient();

    TestServer() {
        this(HttpSettings.defaults());
    }

    TestServer(HttpSettings settings) {
        this.app = new AdvisorApp(Advisor.over(BundledRuleSet::get, new RuleEngine()), settings, CLOCK).start(0);
    }

    /** With the operations' own metrics registry and readiness, as the service runs. */
    TestServer(Metrics metrics, Readiness readiness) {
        Advisor advisor = Advisor.over(BundledRuleSet::get, new RuleEngine(), metrics);
        this.app = new AdvisorApp(advisor, null, HttpSettings.defaults(), CLOCK, metrics, readiness).start(0);
    }

    /** With an advisor of the test's own making (another rule set, another firing limit). */
    TestServer(Advisor advisor, HttpSettings settings) {
        this.app = new AdvisorApp(advisor, settings, CLOCK).start(0);
    }

    /** Over reloadable rules, with admin routes when the settings carry a token. */
    TestServer(RuleSetHolder rules, HttpSettings settings) {
        this.app = new AdvisorApp(Advisor.over(rules, new RuleEngine()), rules, settings, CLOCK).start(0);
    }

    Reply post(String path, String body) {
        return post(path, body, Map.of("Content-Type", "application/json"));
    }

    Reply post(String path, String body, Map<String, String> headers) {
        return send(builder(path, headers).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Reply postBytes(String path, byte[] body, Map<String, String> headers) {
        return send(builder(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    Reply get(String path) {
        return get(path, Map.of());
    }

    Reply get(String path, Map<String, String> headers) {
        return send(builder(path, headers).GET().build());
    }

    Reply send(String method, String path) {
        return send(builder(path, Map.of()).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    /** For a test that speaks to the server over a raw socket. */
    int port() {
        return app.port();
    }

    AdvisorApp app() {
        return app;
    }

    private HttpRequest.Builder builder(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        headers.forEach(builder::header);
        return builder;
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }

    record Reply(int status, String contentType, String body, HttpResponse<String> response) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
