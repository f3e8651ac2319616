package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.BundledRuleSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Answers go out whole and sized when the client asks for no compression, and compressed when it does: the
 * same JSON either way, with the headers the handlers and the filters before them set.
 */
class ResponseEncodingTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void anAnswerWithoutCompressionIsSizedByContentLengthAndCarriesItsHeaders() throws Exception {
        try (TestServer server = new TestServer()) {
            HttpResponse<byte[]> response = post(server, AdviceEndpointTest.EXAMPLE, null);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
            assertThat(response.headers().firstValue("X-Ruleset-Version")).hasValue(BundledRuleSet.get().version());
            assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"LTV_ABOVE_SAFE_LEVEL\"");
        }
    }

    /** Only an encoding the client accepts (not identity, not one weighted 0) takes the compressing path. */
    @org.junit.jupiter.params.ParameterizedTest(name = "Accept-Encoding: {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"identity", "gzip;q=0", "gzip; q=0.0, identity"})
    void anAnswerToAClientThatAcceptsNoCompressionIsSizedToo(String acceptEncoding) throws Exception {
        try (TestServer server = new TestServer()) {
            HttpResponse<byte[]> response = post(server, AdviceEndpointTest.EXAMPLE, acceptEncoding);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        }
    }

    @Test
    void anAnswerToAClientThatAcceptsGzipIsCompressedAndReadsTheSame() throws Exception {
        try (TestServer server = new TestServer()) {
            HttpResponse<byte[]> plain = post(server, AdviceEndpointTest.EXAMPLE, null);
            HttpResponse<byte[]> zipped = post(server, AdviceEndpointTest.EXAMPLE, "gzip");

            assertThat(zipped.statusCode()).isEqualTo(200);
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(zipped.headers().firstValue("X-Ruleset-Version")).hasValue(BundledRuleSet.get().version());
            assertThat(gunzip(zipped.body())).isEqualTo(withoutRequestIds(plain.body()));
        }
    }

    @Test
    void aBatchAnswerReadsTheSameWithAndWithoutCompression() throws Exception {
        try (TestServer server = new TestServer()) {
            String batch = "[" + AdviceEndpointTest.EXAMPLE + ", " + AdviceEndpointTest.EXAMPLE + "]";
            HttpResponse<byte[]> plain = post(server, "/v1/pre-approval/batch", batch, null);
            HttpResponse<byte[]> zipped = post(server, "/v1/pre-approval/batch", batch, "gzip");

            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gunzip(zipped.body())).isEqualTo(withoutRequestIds(plain.body())).contains("\"summary\"");
        }
    }

    @Test
    void aProblemWithoutCompressionIsSizedAndNamesTheRulesInService() throws Exception {
        try (TestServer server = new TestServer()) {
            HttpResponse<byte[]> response = post(server, "{\"loan\": {\"amount\": -1}}", null);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
            assertThat(response.headers().firstValue("X-Ruleset-Version")).hasValue(BundledRuleSet.get().version());
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("loan.amount");
        }
    }

    private HttpResponse<byte[]> post(TestServer server, String body, String acceptEncoding) throws Exception {
        return post(server, "/v1/advice", body, acceptEncoding);
    }

    private HttpResponse<byte[]> post(TestServer server, String path, String body, String acceptEncoding)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return withoutRequestIds(in.readAllBytes());
        }
    }

    /** Two answers to the same request differ only in their request id, where an answer carries one. */
    private static String withoutRequestIds(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).replaceAll("\"requestId\":\"[^\"]*\"", "");
    }
}
