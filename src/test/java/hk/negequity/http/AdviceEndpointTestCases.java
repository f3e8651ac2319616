package hk.negequity.http;

import com.fasterxml.jackson.databind.JsonNode;

/** The endpoints' example case and its answer over HTTP, for tests elsewhere to compare with. */
public final class AdviceEndpointTestCases {

    public static final String EXAMPLE = AdviceEndpointTest.EXAMPLE;

    private AdviceEndpointTestCases() {
    }

    /** The answer the real server gives, over HTTP (the date is in the request, so no clock matters). */
    public static JsonNode answerOverHttp(String path, String body) {
        try (TestServer server = new TestServer()) {
            return server.post(path, body).json();
        }
    }
}
