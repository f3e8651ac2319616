package hk.negequity.http;

import hk.negequity.advice.AnswerJson;
import hk.negequity.advice.Problem;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, before a request reaches the app (headers too large, a request line it
 * cannot parse, a URI too long), as RFC 9457 problems like every other refusal, never its HTML error page.
 * Jetty's own message is not passed on: it is Jetty's wording, and may quote the request.
 */
final class JettyProblems extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String detail = switch (code) {
            case 431 -> "the request line and headers are larger than this server accepts";
            case 414 -> "the request URI is longer than this server accepts";
            case 400 -> "the request is not well-formed HTTP/1.1";
            default -> null;
        };
        Problem problem = StatusProblems.of(code, detail, null);
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.PROBLEM_JSON + "; charset=utf-8");
        response.write(true, ByteBuffer.wrap(AnswerJson.bytes(problem)), callback);
    }
}
