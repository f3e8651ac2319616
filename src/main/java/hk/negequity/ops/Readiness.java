package hk.negequity.ops;

import java.util.concurrent.atomic.AtomicBoolean;

/** Whether the service may take traffic: rules loaded and a warm-up evaluation done. */
public final class Readiness {

    private final AtomicBoolean ready;

    public Readiness(boolean ready) {
        this.ready = new AtomicBoolean(ready);
    }

    public static Readiness ready() {
        return new Readiness(true);
    }

    public boolean isReady() {
        return ready.get();
    }

    public void markReady() {
        ready.set(true);
    }

    /** Draining for shutdown: the load balancer should send no more. */
    public void markNotReady() {
        ready.set(false);
    }
}
