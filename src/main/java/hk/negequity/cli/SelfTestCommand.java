package hk.negequity.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code self-test}: the service started as {@code serve} would start it, on a free port, one request on
 * each route over HTTP from 127.0.0.1, each status printed, then a stop. A deployment's smoke test; the
 * build also runs it to record which classes a start loads (see the README's start command).
 */
final class SelfTestCommand {

    static final String USAGE = """
            usage: advisor self-test [--rules DIR]

            Starts the service on a free port with these rules (default: the bundled ones), makes one request
            on each route, prints each status, and stops. Exits 0 when every answer is as expected, else 1.
            """;

    /** A made-up borrower: no one's data. */
    private static final String CASE = """
            { "asOf": "2026-01-01",
              "property": { "price": 6000000, "valuation": 5900000, "currentValue": 4900000, "use": "SELF_USE",
                            "completed": true, "agreementDate": "2025-03-01" },
              "loan": { "amount": 5400000, "annualRatePct": 3.5, "tenorMonths": 360, "paymentsMade": 12,
                        "scheme": "MORTGAGE_INSURANCE", "monthsInArrears": 0 },
              "borrower": { "monthlyIncome": 60000, "liquidReserves": 150000, "firstTimeBuyer": true,
                            "salaried": true, "employment": "EMPLOYED", "bankrupt": false },
              "scenario": { "priceChangePct": -10 } }""";

    private record Check(String method, String path, String body, int expected) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check("GET", "/health/live", null, 200),
            new Check("GET", "/health/ready", null, 200),
            new Check("POST", "/v1/advice", CASE, 200),
            new Check("POST", "/v1/advice?explain=true", CASE.replace("{ \"asOf\"", "{ \"lang\": \"zh-HK\", \"asOf\""), 200),
            new Check("POST", "/v1/pre-approval?explain=true", CASE, 200),
            new Check("POST", "/v1/pre-approval/batch", "[" + CASE + ", {}]", 200),
            new Check("POST", "/v1/advice", "{\"loan\": {\"amount\": -1}}", 400),
            new Check("GET", "/v1/rules?lang=zh-CN", null, 200),
            new Check("GET", "/metrics", null, 200),
            new Check("GET", "/openapi.json", null, 200),
            new Check("GET", "/docs", null, 200),
            new Check("GET", "/no-such-route", null, 404));

    private SelfTestCommand() {
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err)
            throws Options.UsageException, IOException {
        Options options = Options.parse(args, Set.of("--rules"), Set.of("--help"));
        if (options.has("--help")) {
            out.print(USAGE);
            return 0;
        }
        List<String> serveArgs = new ArrayList<>(List.of("--port", "0", "--log-format", "plain"));
        if (options.value("--rules") != null) {
            serveArgs.addAll(List.of("--rules", options.value("--rules")));
        }
        // Its own settings, whatever the environment says about port and rules.
        ServeCommand.Service service = ServeCommand.start(serveArgs.toArray(String[]::new),
                Map.of(), out, err);
        if (service == null) {
            return 1;
        }
        int failed = 0;
        try {
            HttpClient client = HttpClient.newHttpClient();
            for (Check check : CHECKS) {
                int status = send(client, service.app().port(), check);
                boolean ok = status == check.expected();
                failed += ok ? 0 : 1;
                out.printf("%s %d %s %s%n", ok ? "ok  " : "FAIL", status, check.method(), check.path());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed++;
        } finally {
            service.close();
        }
        out.println(failed == 0 ? "self-test passed" : "self-test failed: " + failed + " of " + CHECKS.size());
        return failed == 0 ? 0 : 1;
    }

    private static int send(HttpClient client, int port, Check check) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + check.path()));
        if (check.body() != null) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(check.body()));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
