package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.properties.FactSpace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Thirty-two clients at once get, case for case, the very answers one client alone gets. */
class ConcurrentClientsTest {

    private static final int CLIENTS = 32;
    private static final int CASES = 60;
    private static final List<String> ROUTES = List.of("/v1/advice", "/v1/pre-approval", "/v1/advice?explain=true");

    @Test
    void thirtyTwoConcurrentClientsGetTheAnswersASingleClientGets() throws Exception {
        try (TestServer server = new TestServer()) {
            FactSpace space = new FactSpace(32L);
            List<String[]> requests = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                String body = space.next().json().toString();
                requests.add(new String[] {ROUTES.get(i % ROUTES.size()), body});
            }
            Map<Integer, String> alone = new ConcurrentHashMap<>();
            for (int i = 0; i < requests.size(); i++) {
                TestServer.Reply reply = server.post(requests.get(i)[0], requests.get(i)[1]);
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                alone.put(i, reply.body());
            }

            List<String> differences = new CopyOnWriteArrayList<>();
            AtomicInteger answered = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                long seed = c;
                done.add(clients.submit(() -> {
                    List<Integer> order = new ArrayList<>(alone.keySet());
                    Collections.shuffle(order, new Random(seed));
                    for (int i : order) {
                        TestServer.Reply reply = server.post(requests.get(i)[0], requests.get(i)[1]);
                        answered.incrementAndGet();
                        if (reply.status() != 200 || !reply.body().equals(alone.get(i))) {
                            differences.add("case " + i + " on " + requests.get(i)[0] + ": " + reply.status());
                        }
                    }
                }));
            }
            for (Future<?> client : done) {
                client.get();
            }
            clients.shutdown();

            assertThat(differences).isEmpty();
            assertThat(answered.get()).isEqualTo(CLIENTS * CASES);
        }
    }
}
