package hk.negequity.http;

import hk.negequity.advice.Problem;
import io.javalin.http.Context;
import java.util.Locale;

/** What a request must declare of its body to be read: JSON (or a {@code +json} type), UTF-8, uncompressed. */
final class JsonContentType {

    private JsonContentType() {
    }

    /** Refuses (415) a body that is not UTF-8 JSON as its headers declare it, or that is compressed. */
    static void require(Context ctx) {
        String header = ctx.header("Content-Type");
        if (header == null || header.isBlank()) {
            throw unsupported(ctx, "the request has no Content-Type; send Content-Type: application/json");
        }
        String[] parts = header.split(";", -1);
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.isEmpty()) {
            throw unsupported(ctx, "the Content-Type names no media type; send Content-Type: application/json");
        }
        if (!mediaType.equals("application/json") && !(mediaType.startsWith("application/")
                && mediaType.endsWith("+json"))) {
            throw unsupported(ctx, "Content-Type " + mediaType + " is not accepted; send application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            String charset = parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")
                    ? parameter[1].replace("\"", "").strip().toLowerCase(Locale.ROOT) : null;
            if (charset != null && !charset.equals("utf-8")) {
                throw unsupported(ctx, charset.isEmpty() ? "the charset parameter is empty; send UTF-8 JSON"
                        : "only UTF-8 JSON is accepted, not " + charset);
            }
        }
        // A compressed body would otherwise be read as malformed JSON (RFC 9110 §15.5.16: 415 for a coding).
        String coding = ctx.header("Content-Encoding");
        if (coding != null && !coding.isBlank() && !coding.strip().equalsIgnoreCase("identity")) {
            ctx.header("Accept-Encoding", "identity");
            throw unsupported(ctx, "Content-Encoding " + coding.strip() + " is not accepted; send the JSON uncompressed");
        }
    }

    private static ProblemException unsupported(Context ctx, String detail) {
        return new ProblemException(Problem.of("unsupported-media-type", "Unsupported media type", 415, detail,
                ctx.path()));
    }
}
