package hk.negequity.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Waits for a request's whole body without a thread before the routes see it. The routes read bodies as a stream,
 * blocking; a client that sends its headers and then stalls (or sends a byte now and then) used to hold one of the
 * server's threads for as long as it did, and a few hundred such clients left none for anyone else, the health
 * checks included. Here the body's bytes are gathered as they come, and the request goes on only once the body is
 * whole, past the largest any route takes (which the route then refuses), failed, or out of time: then the route
 * reads what came followed by a {@link BodyTooSlowException}, and answers 408 as before.
 */
final class WholeBodyFirst extends Handler.Wrapper {

    /** The one route that takes a larger body than the others. */
    static final String BATCH_PATH = "/v1/pre-approval/batch";

    /** The request attribute with the {@link System#nanoTime()} at which a gathered body began to arrive. */
    static final String ARRIVED_NANOS = "hk.negequity.arrivedNanos";

    /**
     * The most bytes held for bodies still coming, all requests together: past it, a body goes on as it is and its
     * route reads the rest as it comes (holding a thread, as before), so that slow clients cannot make the server
     * hold more than this for them.
     */
    static final long HELD_AT_MOST = 32L * 1024 * 1024;

    private final long maxBytes;
    private final long maxBatchBytes;
    private final long deadlineMillis;
    private final AtomicLong held = new AtomicLong();

    /**
     * @param maxBytes       the most a route but the batch takes: a body declared larger goes on at once, to be
     *                       refused unread
     * @param maxBatchBytes  the most the batch route takes
     * @param deadlineMillis the longest a whole body may take to arrive
     */
    WholeBodyFirst(long maxBytes, long maxBatchBytes, long deadlineMillis) {
        this.maxBytes = maxBytes;
        this.maxBatchBytes = maxBatchBytes;
        this.deadlineMillis = deadlineMillis;
    }

    /** The body did not come whole within the deadline. */
    static final class BodyTooSlowException extends TimeoutException {

        BodyTooSlowException(long millis) {
            super("the body did not arrive within " + millis + " ms; it came too slowly");
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        boolean hasBody = declared > 0 || declared < 0 && request.getHeaders().contains("Transfer-Encoding");
        long limit = BATCH_PATH.equals(request.getHttpURI().getPath()) ? maxBatchBytes : maxBytes;
        if (!HttpMethod.POST.is(request.getMethod()) || !hasBody || declared > limit) {
            return super.handle(request, response, callback);
        }
        // A stop may begin while the body is still coming: the request was in flight before it, and is answered.
        request.setAttribute(ARRIVED_NANOS, System.nanoTime());
        new Gathering(request, response, callback, limit).start();
        return true;
    }

    /** One body being gathered; whichever comes first, the whole body or the deadline, sends the request on. */
    private final class Gathering implements Runnable {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long limit;
        private final Deque<Content.Chunk> chunks = new ArrayDeque<>();
        private long size;
        private boolean sent;
        private boolean waited;
        private Scheduler.Task timer;

        Gathering(Request request, Response response, Callback callback, long limit) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.limit = limit;
        }

        void start() {
            synchronized (this) {
                timer = request.getComponents().getScheduler().schedule(this::outOfTime, deadlineMillis,
                        TimeUnit.MILLISECONDS);
            }
            run();
        }

        /** Reads what has come; demands more, or sends the request on. */
        @Override
        public void run() {
            Content.Chunk tail = null;
            synchronized (this) {
                while (!sent) {
                    Content.Chunk chunk = request.read();
                    if (chunk == null) {
                        waited = true;
                        request.demand(this);
                        return;
                    }
                    if (Content.Chunk.isFailure(chunk)) {
                        tail = chunk; // the route reads the failure and says what it was
                        break;
                    }
                    chunks.add(chunk);
                    int bytes = chunk.getByteBuffer().remaining();
                    size += bytes;
                    boolean overBudget = held.addAndGet(bytes) > HELD_AT_MOST;
                    if (chunk.isLast() || size > limit || overBudget) {
                        break;
                    }
                }
                if (sent) {
                    return;
                }
                sent = true;
                timer.cancel();
            }
            sendOn(tail, waited);
        }

        private void outOfTime() {
            synchronized (this) {
                if (sent) {
                    return;
                }
                sent = true;
            }
            sendOn(Content.Chunk.from(new BodyTooSlowException(deadlineMillis), true), true);
        }

        /** On a thread of the server's pool where this one may not block (a demand's or the timer's). */
        private void sendOn(Content.Chunk tail, boolean elsewhere) {
            // Handed to a route that reads them now: no longer held for a client that is slow.
            held.addAndGet(-size);
            Request gathered = new GatheredRequest(request, chunks, tail);
            Runnable next = () -> {
                try {
                    if (!WholeBodyFirst.super.handle(gathered, response, callback)) {
                        Response.writeError(gathered, response, callback, 404);
                    }
                } catch (Throwable failure) {
                    callback.failed(failure);
                }
            };
            if (elsewhere) {
                request.getComponents().getExecutor().execute(next);
            } else {
                next.run();
            }
        }
    }
}
