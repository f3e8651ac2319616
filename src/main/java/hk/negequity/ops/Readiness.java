package hk.negequity.ops;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the service may take traffic: not while starting (rules loading, warm-up), yes once a warm-up
 * evaluation is done, and not again once it has begun to stop, so a load balancer drains it.
 */
public final class Readiness {

    /** What /health/ready reports; only {@code UP} takes traffic. */
    public enum State { STARTING, UP, STOPPING }

    private final AtomicReference<State> state;
    private volatile long stoppingSinceNanos;

    public Readiness(boolean ready) {
        this.state = new AtomicReference<>(ready ? State.UP : State.STARTING);
    }

    public static Readiness ready() {
        return new Readiness(true);
    }

    public boolean isReady() {
        return state.get() == State.UP;
    }

    public State state() {
        return state.get();
    }

    /** Started: rules loaded and warmed up. Has no effect once stopping. */
    public void markReady() {
        state.compareAndSet(State.STARTING, State.UP);
    }

    /** Draining for shutdown: the load balancer should send no more. */
    public void markStopping() {
        stoppingSinceNanos = System.nanoTime();
        state.set(State.STOPPING);
    }

    /**
     * Whether a request that began arriving at this {@link System#nanoTime()} came before the stop began: one whose
     * body was still coming in then is in flight, and is answered, not refused.
     */
    public boolean arrivedBeforeStopping(long arrivedNanos) {
        return state.get() == State.STOPPING && arrivedNanos - stoppingSinceNanos < 0;
    }
}
