package hk.negequity.engine;

import java.util.concurrent.Semaphore;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * A rule set's sessions, reset between uses, and at most {@code size} of them in use at once: an evaluation is all
 * CPU, so more evaluations at once than there are cores only take turns on them. Bounding them also bounds the
 * sessions the pool holds. Drools' pool grows by one for every evaluation that finds it empty and keeps them all,
 * and a pooled session lives in the old generation, where every evaluation writes references to new objects into
 * its memories; each young collection scans what was written since the last. Unbounded, sixteen requests at once on
 * two cores grew the pool to sixteen sessions, and under eight at once young pauses read 1.35–1.62 ms; with two
 * evaluations at a time, 0.97–1.01 ms in the same quarter hour (bench/RESULTS.md, twenty-fifth session).
 */
public final class SessionPool {

    private final KieSessionsPool sessions;
    private final Semaphore inUse;
    private final int size;

    /**
     * @param size    the most evaluations at once: the machine's cores for the service
     * @param created the sessions made at once, at least {@code size}; never more are made
     */
    public SessionPool(KieBase kieBase, int size, int created) {
        if (size < 1 || created < size) {
            throw new IllegalArgumentException("a session pool needs at least one session, and as many as it lends");
        }
        this.size = size;
        this.sessions = kieBase.newKieSessionsPool(created);
        this.inUse = new Semaphore(size);
    }

    /**
     * What the service uses: one evaluation per core at once, over twice as many sessions taken in turn, as many as
     * the pool was made with before it was bounded (one session per core was no better: the batch's time and
     * resident memory moved within their run-to-run spread, bench/RESULTS.md, twenty-fifth session).
     */
    public static SessionPool perCore(KieBase kieBase) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new SessionPool(kieBase, cores, 2 * cores);
    }

    public int size() {
        return size;
    }

    /** How many more evaluations may start now without waiting. */
    public int available() {
        return inUse.availablePermits();
    }

    /**
     * A session for one evaluation, once one of the {@code size} is free (waiting for it, if need be: an evaluation is
     * bounded by the firing limit, so the wait is short); closing the lease frees it.
     */
    public Lease lease() {
        inUse.acquireUninterruptibly();
        try {
            return new Lease(sessions.newStatelessKieSession());
        } catch (RuntimeException | Error e) {
            inUse.release();
            throw e;
        }
    }

    /** One evaluation's turn: the session, and the place it frees on close (once, however often it is closed). */
    public final class Lease implements AutoCloseable {

        private final StatelessKieSession session;
        private boolean closed;

        private Lease(StatelessKieSession session) {
            this.session = session;
        }

        public StatelessKieSession session() {
            return session;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                inUse.release();
            }
        }
    }
}
