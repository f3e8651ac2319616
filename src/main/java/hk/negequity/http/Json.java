package hk.negequity.http;

import hk.negequity.advice.AnswerJson;
import hk.negequity.advice.Problem;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Writes answers and problems as JSON responses. */
final class Json {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    /** An advice answer is a few KiB; a request thread keeps a buffer up to this size for the next one. */
    private static final int KEPT_BUFFER_BYTES = 64 * 1024;
    private static final ThreadLocal<ByteArrayOutputStream> BUFFERS =
            ThreadLocal.withInitial(() -> new ByteArrayOutputStream(16 * 1024));

    private Json() {
    }

    static void write(Context ctx, int status, Object body) {
        send(ctx, status, JSON, body, false);
    }

    /**
     * For answers of megabytes (a batch, its cases each written as JSON already): written straight into the
     * response as it is made, neither in the thread's buffer, which would double its way up to them and be dropped at
     * once, nor whole in an array first, a copy of megabytes per batch (bench/RESULTS.md). Past the first bytes a
     * failure can no longer be a clean 500; with every case's answer already made, only the connection can fail.
     */
    static void writeLarge(Context ctx, int status, Object body) {
        send(ctx, status, JSON, body, true);
    }

    static void problem(Context ctx, Problem problem) {
        ctx.attribute(Operations.PROBLEM_TYPE, problem.type());
        if (ctx.res().isCommitted()) {
            return; // part of an answer has gone out: a problem after it would only corrupt it
        }
        // Whatever was written and not yet sent gives way to the problem (no handler writes an answer before one: a
        // sized JSON answer goes out as soon as it is whole).
        ctx.res().resetBuffer();
        // The rules the header names (set for every request once rules are loaded), in the body as in every answer.
        send(ctx, problem.status(), PROBLEM_JSON, problem.sentWith(ctx.res().getHeader(AdvisorApp.RULESET_VERSION)),
                false);
    }

    /**
     * Without compression asked for, an ordinary answer is made whole first (so that a failure is still a clean
     * 500; a large one: see {@link #writeLarge}) and goes into the response's buffer, which Jetty sends when the
     * request is done, with its Content-Length (Javalin's own path sends one only when the answer fits the buffer).
     * That path made a new array per answer and copied it through a new 8 KiB buffer: 12% of what an advice request
     * allocated (bench/RESULTS.md). An ordinary answer is made in this thread's buffer, kept for the next one.
     */
    private static void send(Context ctx, int status, String contentType, Object body, boolean large) {
        ctx.status(status).contentType(contentType + "; charset=utf-8");
        if (compressionAsked(ctx)) {
            ctx.result(AnswerJson.bytes(body));
            return;
        }
        try {
            if (large) {
                AnswerJson.write(body, ctx.res().getOutputStream());
            } else {
                writeBuffered(ctx, body);
            }
        } catch (IOException e) {
            // Only the connection fails a write into the response's buffer: its client has gone.
        }
    }

    private static void writeBuffered(Context ctx, Object body) throws IOException {
        ByteArrayOutputStream buffer = BUFFERS.get();
        buffer.reset();
        try {
            AnswerJson.write(body, buffer);
            // Sized whatever its length: past the response's buffer Jetty would otherwise send it chunked.
            ctx.res().setContentLength(buffer.size());
            buffer.writeTo(ctx.res().getOutputStream());
        } finally {
            if (buffer.size() > KEPT_BUFFER_BYTES) {
                BUFFERS.remove(); // an unusually large answer's buffer does not stay with the thread
            }
        }
    }

    /** Javalin compresses what the client accepts, on its own path. */
    private static final java.util.regex.Pattern WEIGHT_ZERO = java.util.regex.Pattern.compile("[qQ]\\s*=\\s*0(\\.0{0,3})?");

    private static boolean compressionAsked(Context ctx) {
        String encodings = ctx.header("Accept-Encoding");
        if (encodings == null) {
            return false;
        }
        for (String entry : encodings.split(",")) {
            // "identity" asks for none, as does an encoding refused by weight (gzip;q=0).
            String[] parts = entry.split(";");
            String name = parts[0].strip();
            boolean refused = parts.length > 1 && WEIGHT_ZERO.matcher(parts[1].strip()).matches();
            if (!name.isEmpty() && !name.equalsIgnoreCase("identity") && !refused) {
                return true;
            }
        }
        return false;
    }
}
