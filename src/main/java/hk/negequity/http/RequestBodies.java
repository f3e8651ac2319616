package hk.negequity.http;

import hk.negequity.advice.Problem;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.EofException;

/** Reads a JSON request body: JSON content type only, and no more bytes than the route allows. */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * A refused body up to this size is read and dropped before the refusal goes out: closing a connection
     * with unread bytes resets it, and the client may lose the answer explaining the refusal.
     */
    static final long DRAINED_UP_TO = 16L * 1024 * 1024;

    /**
     * @param limit          the most bytes the route takes
     * @param deadlineMillis the longest the whole body may take to arrive: a client that sends a byte now and then
     *                       never lets the connection's idle timeout run out, and holds a thread as long as it goes on
     */
    static byte[] read(Context ctx, long limit, long deadlineMillis) {
        // One deadline for reading the body and for dropping what is refused, however the time is split.
        Deadline deadline = new Deadline(deadlineMillis);
        try {
            JsonContentType.require(ctx);
        } catch (ProblemException e) {
            drain(ctx, deadline);
            throw e;
        }
        // As a long: Javalin's int reads a Content-Length past 2 GiB as none, and the body would be waited for.
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            drain(ctx, deadline);
            throw tooLarge(ctx, limit);
        }
        byte[] body;
        try {
            body = readBody(ctx, declared, limit, deadline);
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) { // Jetty reports a broken or stalled body as an IOException or wrapped in one
            WholeBodyFirst.BodyTooSlowException late = cause(e, WholeBodyFirst.BodyTooSlowException.class);
            if (late != null) {
                throw tooSlow(ctx, late.getMessage());
            }
            if (timedOut(e)) {
                throw tooSlow(ctx, "the body did not arrive within the connection's idle timeout");
            }
            if (endedEarly(e)) {
                throw incomplete(ctx, declared < 0 ? "the body ended before its last chunk"
                        : "the body ended before the " + declared + " bytes its Content-Length declared");
            }
            throw e instanceof RuntimeException unchecked ? unchecked
                    : new UncheckedIOException(new IOException("the request body could not be read", e));
        }
        if (body.length > limit) {
            drain(ctx, deadline);
            throw tooLarge(ctx, limit);
        }
        return body;
    }

    /**
     * A body of up to this many declared bytes (any advice request) is read into one array of its size (a grown
     * buffer, copied, was a twentieth of what an advice request allocated). Larger and undeclared ones (batches)
     * grow a buffer as they come, so that a Content-Length alone reserves no memory; for a 421 KB batch one array
     * was not faster, and in 3 runs of 4 slower (bench/RESULTS.md), though within this machine's noise.
     */
    static final int READ_WHOLE_UP_TO = 64 * 1024;

    /** When the body must have come by, counted from the start of reading it. */
    private record Deadline(long millis, long nanoTime) {

        Deadline(long millis) {
            this(millis, System.nanoTime() + millis * 1_000_000);
        }

        boolean passed() {
            return System.nanoTime() - nanoTime > 0;
        }
    }

    private static byte[] readBody(Context ctx, long declared, long limit, Deadline deadline) throws IOException {
        InputStream in = ctx.req().getInputStream();
        // Chunked, so no length to refuse first: one byte past the route's limit is enough to know.
        int most = declared >= 0 ? (int) declared : (int) Math.min(limit + 1, Integer.MAX_VALUE - 8);
        byte[] body = new byte[declared >= 0 && declared <= READ_WHOLE_UP_TO ? most : Math.min(most, 8192)];
        int read = 0;
        try {
            int n;
            while (read < most && (n = in.read(body, read, body.length - read)) >= 0) {
                read += n;
                if (read == body.length && read < most) {
                    body = java.util.Arrays.copyOf(body, (int) Math.min((long) body.length * 2, most));
                }
                if (read < most && deadline.passed()) {
                    throw tooSlow(ctx, "the body did not arrive within " + deadline.millis() + " ms; it came too slowly");
                }
            }
        } catch (IOException e) {
            if (timedOut(e) || !endedEarly(e)) {
                throw e;
            }
            if (declared < 0) {
                throw incomplete(ctx, "the body ended before its last chunk");
            }
        }
        if (declared >= 0 && read < declared) { // the client's error, not ours: say how much came
            throw incomplete(ctx, "the body ended after " + read + " of the " + declared
                    + " bytes its Content-Length declared");
        }
        return read == body.length ? body : java.util.Arrays.copyOf(body, read);
    }

    private static ProblemException tooSlow(Context ctx, String detail) {
        ctx.header("Connection", "close");
        return new ProblemException(Problem.of("request-timeout", "Request timeout", 408, detail, ctx.path()));
    }

    /** A client that closed its side before the whole body came: Jetty reports an early end of file. */
    private static boolean endedEarly(Throwable e) {
        return causedBy(e, EofException.class);
    }

    private static ProblemException incomplete(Context ctx, String detail) {
        ctx.header("Connection", "close");
        return new ProblemException(Problem.of("incomplete-body", "Incomplete body", 400, detail, ctx.path()));
    }

    /** A client that stopped sending its body: Jetty gives up reading it after the idle timeout. */
    private static boolean timedOut(Throwable e) {
        return causedBy(e, TimeoutException.class)
                || causedBy(e, SocketTimeoutException.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static void drain(Context ctx, Deadline deadline) {
        long declared = ctx.req().getContentLengthLong();
        if (declared < 0 || declared > DRAINED_UP_TO) {
            ctx.header("Connection", "close");
            return;
        }
        // Dropped as it comes, for no longer than a body may take to arrive: a client sending a byte now and then
        // gets its refusal on a closing connection instead of holding a thread.
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[8192];
            long left = declared;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= n;
                if (left > 0 && deadline.passed()) {
                    ctx.header("Connection", "close");
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // A client that stops sending gets its refusal on a closing connection.
            ctx.header("Connection", "close");
        }
    }

    private static ProblemException tooLarge(Context ctx, long limit) {
        return new ProblemException(Problem.of("body-too-large", "Request body too large", 413,
                "the body is larger than this route's limit of " + limit + " bytes", ctx.path()));
    }
}
