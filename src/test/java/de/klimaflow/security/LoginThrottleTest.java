package de.klimaflow.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import de.klimaflow.support.TestClock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's rules on their own: free failures, doubling delays up to a cap, forgetting after a quiet spell; and
 * above all, a stranger's failures never hold back a client that has not failed itself.
 */
class LoginThrottleTest {

    private final TestClock clock = new TestClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LoginThrottle throttle = new LoginThrottle(clock, meters);

    @Test
    void delaysDoubleAfterTheFreeFailuresUpToTheCap() {
        assertThat(LoginThrottle.PAIR.delayAfter(5)).isZero();
        assertThat(LoginThrottle.PAIR.delayAfter(6)).hasSeconds(1);
        assertThat(LoginThrottle.PAIR.delayAfter(7)).hasSeconds(2);
        assertThat(LoginThrottle.PAIR.delayAfter(9)).hasSeconds(8);
        assertThat(LoginThrottle.PAIR.delayAfter(60)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.ACCOUNT.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.CLIENT.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void oneClientGuessingOneAccountWaitsButTheOwnerElsewhereDoesNot() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("kim", "10.0.0.1");
        }
        assertThat(throttle.waitFor("kim", "10.0.0.1")).isZero();
        for (int i = 0; i < 40; i++) {
            throttle.failed("kim", "10.0.0.1");
            clock.advance(Duration.ofSeconds(3)); // an attack that goes on
        }
        assertThat(throttle.waitFor("kim", "10.0.0.1"))
                .as("the guessing client")
                .isPositive();
        assertThat(throttle.waitFor("kim", "10.0.0.2"))
                .as("the owner, who has not failed")
                .isZero();
        assertThat(throttle.waitFor("alex", "10.0.0.3"))
                .as("other accounts elsewhere")
                .isZero();
    }

    @Test
    void manyClientsGuessingOneAccountWaitOnceEachHasFailedTheOwnerNever() {
        for (int i = 1; i <= 30; i++) {
            throttle.failed("kim", "10.0.1." + i);
        }
        assertThat(throttle.waitFor("kim", "10.0.1.7"))
                .as("a client of the swarm")
                .isPositive()
                .isLessThanOrEqualTo(LoginThrottle.ACCOUNT.maxDelay());
        assertThat(throttle.waitFor("kim", "10.0.2.1"))
                .as("the owner's own address")
                .isZero();
        // the owner who mistyped once while the swarm goes on waits at most the account's cap
        throttle.failed("kim", "10.0.2.1");
        assertThat(throttle.waitFor("kim", "10.0.2.1"))
                .isPositive()
                .isLessThanOrEqualTo(LoginThrottle.ACCOUNT.maxDelay());
    }

    @Test
    void aClientTryingManyNamesWaits() {
        for (int i = 0; i <= 20; i++) {
            throttle.failed("name-" + i, "10.0.0.9");
        }
        assertThat(throttle.waitFor("ein-neuer-name", "10.0.0.9")).isPositive();
        assertThat(throttle.waitFor("ein-neuer-name", "10.0.0.10")).isZero();
    }

    @Test
    void successForgetsOnlyThisClientsFailuresOnTheAccount() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("kim", "10.0.0.3");
            throttle.failed("kim", "10.0.0.4");
        }
        throttle.succeeded("kim", "10.0.0.3");
        assertThat(throttle.waitFor("kim", "10.0.0.3"))
                .as("only the account's short wait is left")
                .isLessThanOrEqualTo(LoginThrottle.ACCOUNT.maxDelay());
        assertThat(throttle.waitFor("kim", "10.0.0.4"))
                .as("the other client still waits its own")
                .isGreaterThan(LoginThrottle.ACCOUNT.maxDelay());
    }

    @Test
    void aQuietSpellForgetsTheFailures() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("kim", "10.0.0.5");
        }
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.waitFor("kim", "10.0.0.5")).isZero();
        assertThat(throttle.waitFor("someone", "10.0.0.5")).isZero();
    }

    @Test
    void anAttackIsLoggedPerBurstNotPerTryAndCounted() {
        for (int i = 0; i < 200; i++) {
            throttle.failed("kim", "10.0.0.6");
        }
        assertThat(meters.counter("klimaflow.login.bursts").count())
                .as("one key after another starts to wait")
                .isEqualTo(3);
        assertThat(meters.find("klimaflow.login.throttled")
                        .tag("key", "pair")
                        .gauge()
                        .value())
                .isEqualTo(1);
        assertThat(meters.counter("klimaflow.login.failures", "reason", "bad_credentials")
                        .count())
                .isEqualTo(200);
    }
}
