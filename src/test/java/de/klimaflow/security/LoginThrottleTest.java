package de.klimaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import de.klimaflow.support.TestClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The throttle's rule on its own: free failures, doubling delays up to a cap, forgetting after a quiet spell. */
class LoginThrottleTest {

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, new SimpleMeterRegistry());

    @Test
    void delaysDoubleAfterTheFreeFailuresUpToTheCap() {
        assertThat(LoginThrottle.ACCOUNT.delayAfter(5)).isZero();
        assertThat(LoginThrottle.ACCOUNT.delayAfter(6)).hasSeconds(1);
        assertThat(LoginThrottle.ACCOUNT.delayAfter(7)).hasSeconds(2);
        assertThat(LoginThrottle.ACCOUNT.delayAfter(9)).hasSeconds(8);
        assertThat(LoginThrottle.ACCOUNT.delayAfter(60)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.ACCOUNT.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.CLIENT.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theAccountWaitsOnlyAfterItsFreeFailures() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("kim", "10.0.0.1");
        }
        assertThat(throttle.waitFor("kim", "10.0.0.2")).isZero();
        throttle.failed("kim", "10.0.0.1");
        assertThat(throttle.waitFor("kim", "10.0.0.2")).as("the account, from any client").isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("alex", "10.0.0.2")).as("other accounts elsewhere").isZero();
    }

    @Test
    void successForgetsTheAccountsFailuresButNotTheClients() {
        for (int i = 0; i < 25; i++) {
            throttle.failed("name-" + i, "10.0.0.9");
            throttle.failed("kim", "10.0.0.3");
        }
        throttle.succeeded("kim");
        assertThat(throttle.waitFor("kim", "10.0.0.4")).isZero();
        assertThat(throttle.waitFor("kim", "10.0.0.9")).as("the guessing client still waits").isPositive();
    }

    @Test
    void aQuietSpellForgetsTheFailures() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("kim", "10.0.0.5");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.waitFor("kim", "10.0.0.6")).isZero();
        clock.advance(Duration.ofMinutes(45));
        assertThat(throttle.waitFor("someone", "10.0.0.5")).isZero();
    }
}
