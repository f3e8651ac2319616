package hk.negequity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to the real service process: it stops taking connections, finishes the request in flight, and
 * exits 0.
 */
class GracefulShutdownTest {

    private static final String CASE = """
            { "asOf": "2026-11-28",
              "property": { "price": 6000000, "valuation": 5900000, "currentValue": 4900000, "use": "SELF_USE" },
              "loan": { "amount": 5400000, "annualRatePct": 3.5, "tenorMonths": 360, "scheme": "MORTGAGE_INSURANCE" },
              "borrower": { "monthlyIncome": 60000, "liquidReserves": 150000 } }""";

    /**
     * A batch of a thousand cases with explanations, whose second half is sent only once {@code rest} is counted
     * down: it is in flight when SIGTERM comes however fast the machine is. Returned once the client has taken the
     * first half to send, and a moment more for the server to read its head, however slow the machine is: a
     * connection whose request has not begun is idle, and a stopping server rightly closes it unanswered.
     */
    private static CompletableFuture<HttpResponse<String>> batchInFlight(HttpClient client, int port,
                                                                         CountDownLatch rest)
            throws InterruptedException {
        CountDownLatch firstHalfTaken = new CountDownLatch(1);
        byte[] batch = ("[" + String.join(",", java.util.Collections.nCopies(1_000, CASE)) + "]")
                .getBytes(StandardCharsets.UTF_8);
        int half = batch.length / 2;
        InputStream body = new InputStream() {
            private final InputStream first = new ByteArrayInputStream(batch, 0, half);
            private final InputStream second = new ByteArrayInputStream(batch, half, batch.length - half);

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                int read = first.read(into, offset, length);
                if (read > 0) {
                    return read;
                }
                firstHalfTaken.countDown();
                try {
                    rest.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("the rest of the batch was not sent");
                }
                return second.read(into, offset, length);
            }
        };
        CompletableFuture<HttpResponse<String>> sent = client.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/v1/pre-approval/batch?explain=true"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(firstHalfTaken.await(60, TimeUnit.SECONDS)).as("the client sends the first half").isTrue();
        Thread.sleep(300); // for the head and the first half to reach the server
        return sent;
    }

    @Test
    void sigtermLetsTheRequestInFlightFinishAndExitsZero(@TempDir Path logs) throws Exception {
        int port = ServiceProcess.freePort();
        Process service = ServiceProcess.serve(logs, port);
        try {
            HttpClient client = HttpClient.newHttpClient();
            ServiceProcess.awaitReady(client, port);
            java.net.Socket keptAlive = new java.net.Socket("127.0.0.1", port);
            keptAlive.setSoTimeout(30_000);
            assertThat(get(keptAlive, "/health/ready")).startsWith("HTTP/1.1 200");
            long sent = System.nanoTime();
            CountDownLatch rest = new CountDownLatch(1);
            CompletableFuture<HttpResponse<String>> inFlight = batchInFlight(client, port, rest);
            service.destroy(); // SIGTERM
            long terminated = System.nanoTime();
            Thread.sleep(200);
            String stopping = get(keptAlive, "/health/ready");
            assertThat(stopping).as("a health check on a connection kept open").doesNotContain("server-error");
            if (!stopping.isEmpty()) {
                assertThat(stopping).startsWith("HTTP/1.1 503").contains("/problems/not-ready", "stopping");
            }

            rest.countDown();
            HttpResponse<String> response = inFlight.get(60, TimeUnit.SECONDS);
            long answered = System.nanoTime();
            assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(answered).as("the batch was still in flight when SIGTERM came").isGreaterThan(terminated);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode answer = new ObjectMapper().readTree(response.body());
            assertThat(answer.get("count").asInt()).isEqualTo(1_000);
            assertThat(answer.get("results")).hasSize(1_000);
            assertThat(service.exitValue()).isZero();
            assertThat(refused(client, port)).as("no new connection after the stop").isTrue();
            assertThat(Duration.ofNanos(answered - sent)).isPositive();
            assertThat(Files.readString(logs.resolve("service.log"))).contains("stopping:", "stopped")
                    .doesNotContain("without finishing");
        } finally {
            service.destroyForcibly();
        }
    }

    @Test
    void whenTheGraceRunsOutWhatIsStillRunningIsCutOffAndTheExitSaysSo(@TempDir Path logs) throws Exception {
        int port = ServiceProcess.freePort();
        Process service = ServiceProcess.serve(logs, port, "--shutdown-grace-ms", "1");
        try {
            HttpClient client = HttpClient.newHttpClient();
            ServiceProcess.awaitReady(client, port);
            CountDownLatch rest = new CountDownLatch(1);
            CompletableFuture<HttpResponse<String>> inFlight = batchInFlight(client, port, rest);
            service.destroy(); // SIGTERM

            assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(service.exitValue()).isEqualTo(1);
            // Said once, as a warning: a stop cut short by its grace is an outcome the operator chose, not an error
            // with a stack trace for an alert to fire on.
            assertThat(Files.readString(logs.resolve("service.log"))).contains("stopped without finishing")
                    .doesNotContain(" ERROR ", "failed to stop gracefully", "Couldn't stop Thread");
            rest.countDown();
            assertThat(inFlight).failsWithin(Duration.ofSeconds(60));
        } finally {
            service.destroyForcibly();
        }
    }

    /** One GET on a connection kept open, its whole answer; empty where the server closed the connection. */
    private static String get(java.net.Socket socket, String path) throws IOException {
        try {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return head.toString();
                }
                head.append((char) b);
            }
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                    .matcher(head);
            int size = length.find() ? Integer.parseInt(length.group(1)) : 0;
            return head + new String(in.readNBytes(size), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.net.SocketException e) {
            return ""; // closed under the client
        }
    }

    private static boolean refused(HttpClient client, int port) throws InterruptedException {
        try {
            ServiceProcess.get(client, port, "/health/live");
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return List.of(e.getClass()).contains(java.net.http.HttpConnectTimeoutException.class)
                    || e.getMessage() != null;
        }
    }
}
