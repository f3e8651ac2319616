package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hk.negequity.Borrowers;
import hk.negequity.BundledRuleSet;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** At most as many evaluations at once as the pool has sessions; a lease frees its place once, when closed. */
class SessionPoolTest {

    private final SessionPool pool = new SessionPool(BundledRuleSet.get().kieBase(), 2, 4);

    @Test
    void theServicesPoolHasOneSessionPerCore() {
        assertThat(BundledRuleSet.get().sessions().size()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void eachLeaseTakesAPlaceAndClosingItGivesItBack() {
        SessionPool.Lease first = pool.lease();
        SessionPool.Lease second = pool.lease();

        assertThat(pool.available()).isZero();
        assertThat(first.session()).isNotSameAs(second.session());

        first.close();
        first.close();
        assertThat(pool.available()).isEqualTo(1);
        second.close();
        assertThat(pool.available()).isEqualTo(2);
    }

    @Test
    void aLeaseBeyondTheSizeWaitsUntilOneIsClosed() throws Exception {
        SessionPool.Lease first = pool.lease();
        SessionPool.Lease second = pool.lease();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Thread> waiting = new CompletableFuture<>();
            Future<SessionPool.Lease> third = other.submit(() -> {
                waiting.complete(Thread.currentThread());
                return pool.lease();
            });
            Thread thread = waiting.get(10, TimeUnit.SECONDS);
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            // Parked on the pool, or (were there no bound) already past it.
            while (thread.getState() != Thread.State.WAITING && !third.isDone() && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }

            assertThat(third).isNotDone();
            second.close();
            try (SessionPool.Lease got = third.get(10, TimeUnit.SECONDS)) {
                assertThat(got.session()).isNotNull();
                assertThat(pool.available()).isZero();
            }
        } finally {
            first.close();
            other.shutdownNow();
        }
        assertThat(pool.available()).isEqualTo(2);
    }

    @Test
    void aFailedEvaluationStillFreesItsPlace() {
        RuleEngine engine = new RuleEngine(1); // every evaluation fires more than one rule
        RuleSet ruleSet = BundledRuleSet.get();
        int before = ruleSet.sessions().available();

        assertThatThrownBy(() -> engine.evaluate(ruleSet, Borrowers.buyer(5_400_000).request()))
                .isInstanceOf(FiringLimitExceededException.class);
        assertThat(ruleSet.sessions().available()).isEqualTo(before);
    }

    @Test
    void aRuleThatThrowsStillFreesItsPlace() throws RuleSetException {
        RuleSet failing = new RuleSetLoader(Clock.systemUTC())
                .load(RuleSetLoaderTest.FIXTURES.resolve("fails-when-evaluated"));

        assertThatThrownBy(() -> new RuleEngine().evaluate(failing, Borrowers.buyer(5_400_000).request()))
                .isInstanceOf(RuleFailedException.class);
        assertThat(failing.sessions().available()).isEqualTo(failing.sessions().size());
    }

    @Test
    void aPoolNeedsAtLeastOneSessionAndAsManyAsItLends() {
        assertThatThrownBy(() -> new SessionPool(BundledRuleSet.get().kieBase(), 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionPool(BundledRuleSet.get().kieBase(), 2, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
