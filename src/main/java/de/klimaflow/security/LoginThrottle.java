package de.klimaflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Slows down password guessing without ever locking an account for good (OWASP Authentication Cheat
 * Sheet: throttle, do not lock out). Failures are counted per account name (known or not, so a name's
 * existence shows in nothing) and per client address. Past a free number of failures each further try
 * must wait a delay that doubles with every failure, up to a cap; a quiet period forgets the failures.
 * An account is thus slowed to one guess a minute at most, a client that tries many names to one guess
 * every fifteen minutes, and the owner of an attacked account gets in again after at most a minute.
 * Kept in memory: per node, and forgotten on restart.
 */
@Component
public class LoginThrottle {

    /** How one kind of key is throttled. */
    record Policy(String kind, int freeFailures, Duration maxDelay, Duration forgetAfter) {

        Duration delayAfter(int failures) {
            int over = failures - freeFailures;
            if (over <= 0) {
                return Duration.ZERO;
            }
            long seconds = 1L << Math.min(over - 1, 30);
            return seconds >= maxDelay.toSeconds() ? maxDelay : Duration.ofSeconds(seconds);
        }
    }

    static final Policy ACCOUNT = new Policy("account", 5, Duration.ofMinutes(1), Duration.ofMinutes(15));
    static final Policy CLIENT = new Policy("client", 20, Duration.ofMinutes(15), Duration.ofHours(1));
    /** Beyond this many remembered keys the stale ones are dropped, so a flood of names cannot fill the heap. */
    private static final int PURGE_ABOVE = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final MeterRegistry meters;

    public LoginThrottle(Clock clock, MeterRegistry meters) {
        this.clock = clock;
        this.meters = meters;
    }

    /** How long this account and client must still wait before the next try; zero when they may try now. */
    public Duration waitFor(String account, String client) {
        Instant now = clock.instant();
        Duration byAccount = remaining(ACCOUNT, key(ACCOUNT, account), now);
        Duration byClient = remaining(CLIENT, key(CLIENT, client), now);
        return byAccount.compareTo(byClient) >= 0 ? byAccount : byClient;
    }

    /** A try refused unseen because it came too early; it is not counted, so it does not prolong the wait. */
    public void refused(String account, String client) {
        meters.counter("klimaflow.login.failures", "reason", "throttled").increment();
        LOG.debug("Login refused without checking, too early: account '{}', client {}", account, client);
    }

    /** A wrong password or an unknown name. */
    public void failed(String account, String client) {
        meters.counter("klimaflow.login.failures", "reason", "bad_credentials").increment();
        Instant now = clock.instant();
        if (failures.size() > PURGE_ABOVE) {
            failures.entrySet().removeIf(entry -> isForgotten(entry.getKey(), entry.getValue(), now));
        }
        int byAccount = count(ACCOUNT, key(ACCOUNT, account), now);
        int byClient = count(CLIENT, key(CLIENT, client), now);
        if (byAccount > ACCOUNT.freeFailures() || byClient > CLIENT.freeFailures()) {
            LOG.warn("Repeated failed logins: account '{}' {} times, client {} {} times; next try slowed down by up to {} s",
                    account, byAccount, client, byClient,
                    Math.max(ACCOUNT.delayAfter(byAccount).toSeconds(), CLIENT.delayAfter(byClient).toSeconds()));
        }
    }

    /** The right password: the account's failures are forgotten (the client's are not, or one own account would reset them). */
    public void succeeded(String account) {
        failures.remove(key(ACCOUNT, account));
    }

    /** Forgets every failure, e.g. between tests. */
    void forgetAll() {
        failures.clear();
    }

    private Duration remaining(Policy policy, String key, Instant now) {
        Failures seen = failures.get(key);
        if (seen == null || isForgotten(key, seen, now)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, seen.last().plus(policy.delayAfter(seen.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private int count(Policy policy, String key, Instant now) {
        return failures.compute(key, (k, seen) -> new Failures(
                seen == null || isForgotten(k, seen, now) ? 1 : seen.count() + 1, now)).count();
    }

    private static boolean isForgotten(String key, Failures seen, Instant now) {
        Policy policy = key.startsWith(ACCOUNT.kind()) ? ACCOUNT : CLIENT;
        return seen.last().plus(policy.forgetAfter()).isBefore(now);
    }

    private static String key(Policy policy, String value) {
        return policy.kind() + ":" + value.strip().toLowerCase(Locale.ROOT);
    }
}
