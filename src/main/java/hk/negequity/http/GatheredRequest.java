package hk.negequity.http;

import java.util.Deque;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A request with its body's chunks as {@link WholeBodyFirst} gathered them, then (past the largest body) the rest as
 * it comes.
 */
final class GatheredRequest extends Request.Wrapper {

    private final Deque<Content.Chunk> chunks;
    private final Content.Chunk tail;

    GatheredRequest(Request request, Deque<Content.Chunk> chunks, Content.Chunk tail) {
        super(request);
        this.chunks = chunks;
        this.tail = tail;
    }

    @Override
    public Content.Chunk read() {
        synchronized (chunks) {
            Content.Chunk next = chunks.poll();
            if (next != null) {
                return next;
            }
        }
        return tail != null ? tail : super.read();
    }

    @Override
    public void demand(Runnable demandCallback) {
        boolean ready;
        synchronized (chunks) {
            ready = !chunks.isEmpty() || tail != null;
        }
        if (ready) {
            demandCallback.run();
        } else {
            super.demand(demandCallback);
        }
    }
}
