package hk.negequity.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadinessTest {

    @Test
    void aServiceStartsNotReadyAndIsReadyOnceWarmedUp() {
        Readiness readiness = new Readiness(false);
        assertThat(readiness.state()).isEqualTo(Readiness.State.STARTING);
        assertThat(readiness.isReady()).isFalse();

        readiness.markReady();

        assertThat(readiness.state()).isEqualTo(Readiness.State.UP);
        assertThat(readiness.isReady()).isTrue();
    }

    @Test
    void aServiceThatHasBegunToStopIsNeverReadyAgain() {
        Readiness readiness = Readiness.ready();

        readiness.markStopping();
        readiness.markReady();

        assertThat(readiness.state()).isEqualTo(Readiness.State.STOPPING);
        assertThat(readiness.isReady()).isFalse();
    }

    @Test
    void aServiceStoppedWhileStartingStaysStopping() {
        Readiness readiness = new Readiness(false);

        readiness.markStopping();
        readiness.markReady();

        assertThat(readiness.state()).isEqualTo(Readiness.State.STOPPING);
    }

    @Test
    void aRequestThatBeganArrivingBeforeTheStopIsInFlightAndOneAfterItIsNot() {
        Readiness readiness = Readiness.ready();
        long before = System.nanoTime();
        assertThat(readiness.arrivedBeforeStopping(before)).as("not stopping yet").isFalse();

        readiness.markStopping();
        long after = System.nanoTime();

        assertThat(readiness.arrivedBeforeStopping(before)).isTrue();
        assertThat(readiness.arrivedBeforeStopping(after)).isFalse();
    }
}
