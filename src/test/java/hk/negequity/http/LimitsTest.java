package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.BundledRuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The limits a client meets, each answered as a problem and none taking the server down: body size, batch
 * size, header size, URI length, and how long a connection may sit idle or a client take to send.
 */
class LimitsTest {

    private static final long IDLE_TIMEOUT_MILLIS = 600;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(HttpSettings.defaults().withIdleTimeoutMillis(IDLE_TIMEOUT_MILLIS));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        HttpSettings defaults = HttpSettings.defaults();

        assertThat(defaults.maxBodyBytes()).isEqualTo(64 * 1024);
        assertThat(defaults.maxBatchBodyBytes()).isEqualTo(2 * 1024 * 1024);
        assertThat(defaults.maxHeaderBytes()).isEqualTo(8 * 1024);
        assertThat(defaults.idleTimeoutMillis()).isEqualTo(30_000);
    }

    @Test
    void aBodyOneByteOverTheLimitIsA413AndOneAtTheLimitIsRead() {
        String padding = " ".repeat((int) HttpSettings.DEFAULT_MAX_BODY_BYTES - 2);

        assertThat(server.post("/v1/advice", "{" + padding + "}").status()).isEqualTo(200);
        TestServer.Reply over = server.post("/v1/advice", "{" + padding + " }");
        assertThat(over.status()).isEqualTo(413);
        assertThat(over.json().path("detail").asText()).contains("limit of 65536 bytes");
    }

    @Test
    void aBatchOf1000CasesIsAnsweredAndOneOf1001IsRefused() {
        String thousand = Stream.generate(() -> "{}").limit(1_000).collect(Collectors.joining(",", "[", "]"));
        String oneMore = Stream.generate(() -> "{}").limit(1_001).collect(Collectors.joining(",", "[", "]"));

        assertThat(server.post("/v1/pre-approval/batch", thousand).status()).isEqualTo(200);
        TestServer.Reply refused = server.post("/v1/pre-approval/batch", oneMore);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void headersLargerThanTheLimitAreA431ProblemAndTheServerAnswersTheNextRequest() {
        TestServer.Reply refused = server.post("/v1/advice", "{}", Map.of("Content-Type", "application/json",
                "X-Padding", "x".repeat(HttpSettings.DEFAULT_MAX_HEADER_BYTES)));

        assertThat(refused.status()).isEqualTo(431);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("title").asText()).isEqualTo("Request header fields too large");
        assertThat(refused.body()).doesNotContain("<html", "Jetty", "jetty");
        assertThat(server.post("/v1/advice", "{}").status()).isEqualTo(200);
    }

    @Test
    void aUriLongerThanTheHeaderLimitIsAProblem() {
        TestServer.Reply refused = server.get("/v1/rules?lang=" + "a".repeat(HttpSettings.DEFAULT_MAX_HEADER_BYTES));

        assertThat(refused.status()).isIn(414, 431);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRequestTheHttpLayerRefusesStillHasARequestIdAndTheRulesVersion() {
        TestServer.Reply refused = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/v1/rules"))
                .header("X-Request-Id", "case-431")
                .header("X-Padding", "x".repeat(HttpSettings.DEFAULT_MAX_HEADER_BYTES)).GET().build());

        assertThat(refused.status()).isEqualTo(431);
        assertThat(refused.header("X-Request-Id")).matches("case-431|[0-9a-f-]{36}");
        assertThat(refused.header("X-Ruleset-Version")).isEqualTo(BundledRuleSet.get().version());
        assertThat(refused.header("Connection")).isEqualTo("close");
    }

    @Test
    void anIdleConnectionIsClosedAfterTheIdleTimeout() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) IDLE_TIMEOUT_MILLIS * 10);
            long start = System.nanoTime();

            int read = socket.getInputStream().read();

            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(read).as("the server closed the connection").isEqualTo(-1);
            assertThat(waitedMillis).as("closed by the idle timeout, not at once").isGreaterThanOrEqualTo(
                    IDLE_TIMEOUT_MILLIS / 2);
        }
    }

    @Test
    void aClientThatStopsHalfwayThroughItsBodyIsCutOffAndOthersAreServed() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) IDLE_TIMEOUT_MILLIS * 10);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"loan\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(server.post("/v1/advice", "{}").status()).as("another client meanwhile").isEqualTo(200);
            String answer = readAll(socket.getInputStream());
            assertThat(answer).as("what the stalled client got").startsWith("HTTP/1.1 408")
                    .contains("application/problem+json", "\"title\":\"Request timeout\"", "Connection: close");
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            OpenApiDocument.servedBy(server).assertDocumented("post", "/v1/advice",
                    new TestServer.Reply(408, "application/problem+json", body, null));
        }
    }

    /**
     * A byte every third of the idle timeout never lets the connection idle out; the whole body must still come
     * within the idle timeout, or the client holds a thread for as long as it trickles.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/json, 408, came too slowly", "text/plain, 415, Unsupported"})
    void aClientThatTricklesItsBodyIsCutOffOnceTheIdleTimeoutHasPassed(String type, int status, String says)
            throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) IDLE_TIMEOUT_MILLIS * 10);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\n"
                    + "Content-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String sent = " ".repeat(40);
            try {
                for (char ch : sent.toCharArray()) {
                    Thread.sleep(IDLE_TIMEOUT_MILLIS / 3);
                    out.write(ch);
                    out.flush();
                }
            } catch (IOException e) {
                // closed under the trickling client: what it got is read below
            }
            String answer = readAll(socket.getInputStream());
            assertThat(answer).as("what the trickling client got").startsWith("HTTP/1.1 " + status)
                    .contains("application/problem+json", says, "Connection: close");
        }
    }

    /** A body declared larger than its route takes, though no larger than a batch, is refused as too large. */
    @Test
    void aBodyDeclaredLargerThanItsRouteButNotThanABatchIsRefusedAsTooLarge() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) IDLE_TIMEOUT_MILLIS * 10);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).as("refused as too large, not cut off as too slow").isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void aBodyThatEndsBeforeItsDeclaredLengthIsA400ProblemNotAServerError() throws IOException {
        // 23 of the 100 bytes declared
        String answer = sendAndClose("/v1/advice", "Content-Length: 100", "{\"loan\": {\"amount\": 540");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json", "Connection: close",
                "\"title\":\"Incomplete body\"", "23 of the 100 bytes");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        OpenApiDocument.servedBy(server).assertDocumented("post", "/v1/advice",
                new TestServer.Reply(400, "application/problem+json", body, null));
        assertThat(server.post("/v1/advice", "{}").status()).as("the next client").isEqualTo(200);
    }

    @Test
    void aLargeBatchBodyThatEndsBeforeItsDeclaredLengthIsA400Problem() throws IOException {
        String answer = sendAndClose("/v1/pre-approval/batch", "Content-Length: 100000", "[" + " ".repeat(70_000));

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json", "Connection: close",
                "\"title\":\"Incomplete body\"", "of the 100000 bytes its Content-Length declared");
    }

    @Test
    void aChunkedBodyThatEndsBeforeItsLastChunkIsA400Problem() throws IOException {
        // 23 of the chunk's 32 bytes, and no last chunk
        String answer = sendAndClose("/v1/advice", "Transfer-Encoding: chunked", "20\r\n{\"loan\": {\"amount\": 540");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json", "Connection: close",
                "\"title\":\"Incomplete body\"", "before its last chunk");
        assertThat(server.post("/v1/advice", "{}").status()).as("the next client").isEqualTo(200);
    }

    @Test
    void aContentLengthPastTwoGibibytesIsRefusedAsTooLargeNotWaitedFor() throws IOException {
        String answer = sendAndClose("/v1/advice", "Content-Length: 99999999999", "{}");

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json", "Connection: close",
                "\"type\":\"/problems/body-too-large\"");
        assertThat(server.post("/v1/advice", "{}").status()).as("the next client").isEqualTo(200);
    }

    @Test
    void aChunkedBodyOverTheLimitGetsTheSame413AsADeclaredOne() throws IOException {
        int size = (int) HttpSettings.DEFAULT_MAX_BODY_BYTES + 4_096;
        String chunk = Integer.toHexString(size) + "\r\n{" + " ".repeat(size - 2) + "}\r\n0\r\n\r\n";
        String answer = sendAndClose("/v1/advice", "Transfer-Encoding: chunked", chunk);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json", "Connection: close",
                "\"type\":\"/problems/body-too-large\"", "limit of 65536 bytes");
        assertThat(server.post("/v1/advice", "{}").status()).as("the next client").isEqualTo(200);
    }

    /** A client that sends a request's head and part of its body, closes its side, and reads the answer. */
    /**
     * A case with 190 unknown keys is 190 mistakes; listed whole, a batch of a thousand such cases answered some
     * 33 MB, and a few at once ran the heap out. The first 30 are listed, and the detail says how many there are.
     */
    @Test
    void aBodyWithHundredsOfMistakesListsTheFirstThirtyAndSaysHowManyThereAre() {
        String keys = java.util.stream.IntStream.range(0, 190).mapToObj(i -> "\"k" + i + "\": 0")
                .collect(java.util.stream.Collectors.joining(", "));
        String body = "{\"loan\": {" + keys + "}}";

        TestServer.Reply single = server.post("/v1/advice", body);
        assertThat(single.status()).isEqualTo(400);
        assertThat(single.json().get("errors")).hasSize(30);
        assertThat(single.json().get("detail").asText()).isEqualTo("190 fields are invalid; the first 30 are listed");

        TestServer.Reply batch = server.post("/v1/pre-approval/batch", "[" + body + ", " + body + "]");
        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.json().at("/results/1/problem/errors")).hasSize(30);
    }

    @Test
    void anExpectationTheServiceDoesNotMeetIsA417ProblemOfItsOwnType() throws IOException {
        String answer = sendAndClose("/v1/advice", "Content-Length: 2\r\nExpect: something-else", "{}");

        assertThat(answer).startsWith("HTTP/1.1 417").contains("application/problem+json",
                "\"type\":\"/problems/expectation-failed\"", "\"title\":\"Expectation failed\"");
        assertThat(server.get("/problems/expectation-failed").status()).as("its type's page").isEqualTo(200);
    }

    /** Jetty writes no error body for methods but GET, POST and HEAD unless told to: a refusal is a problem all the same. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CONNECT 127.0.0.1:22 HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n | 400 | bad-request",
            "PRI * HTTP/2.0\\r\\n\\r\\nSM\\r\\n\\r\\n | 426 | upgrade-required"})
    void aRequestJettyRefusesWhateverItsMethodIsAProblem(String request, int status, String type) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) IDLE_TIMEOUT_MILLIS * 10);
            socket.getOutputStream().write(request.replace("\\r\\n", "\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = readAll(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 " + status).contains("application/problem+json",
                    "\"type\":\"/problems/" + type + "\"", "X-Ruleset-Version: " + BundledRuleSet.get().version());
        }
        assertThat(server.post("/v1/advice", "{}").status()).as("the next client").isEqualTo(200);
    }

    private static String sendAndClose(String path, String framing, String partOfBody) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) IDLE_TIMEOUT_MILLIS * 10);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\n" + framing + "\r\n\r\n" + partOfBody)
                    .getBytes(StandardCharsets.US_ASCII));
            socket.shutdownOutput();
            return readAll(socket.getInputStream());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept a stalled connection open past its idle timeout", e);
        } catch (IOException e) {
            return ""; // reset: the connection was closed under the client
        }
    }

}
