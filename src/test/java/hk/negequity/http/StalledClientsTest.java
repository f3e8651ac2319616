package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their headers and part of a body, then stall, hold no thread: given more of them than the server
 * has threads, when another client asks, then it is answered while they still wait, and each of them is cut off
 * with a 408 when its time is up.
 */
class StalledClientsTest {

    /** More than the server's threads (Jetty's default pool, 250 at most). */
    private static final int STALLED = 300;
    // Long enough that opening the stalled connections and the checks after them end before the first times out,
    // on a loaded machine too (4 s was not, in a full CI run).
    private static final long IDLE_TIMEOUT_MILLIS = 15_000;
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
    void moreStalledBodiesThanThreadsLeaveTheServerAnsweringOthers() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.setSoTimeout((int) IDLE_TIMEOUT_MILLIS * 5);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 500\r\n\r\n{\"loan\":").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                stalled.add(socket);
            }

            assertThat(server.get("/health/live").status()).isEqualTo(200);
            assertThat(server.post("/v1/advice", "{}").status()).isEqualTo(200);
            for (Socket socket : stalled) {
                assertThat(socket.getInputStream().available()).as("still waiting, not yet cut off").isZero();
            }

            String answer = new String(stalled.get(0).getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).as("a stalled client, once its time is up").isEqualTo("HTTP/1.1 408");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }
}
