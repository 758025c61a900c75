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

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Slows down password guessing without ever keeping an owner out (OWASP Authentication Cheat Sheet:
 * throttle, do not lock out). Failures are counted three ways, and past a free number each further try
 * of that key waits a delay that doubles with every failure, up to a cap; a quiet period forgets them:
 * <ul>
 * <li>per client address and account: one client guessing one account;</li>
 * <li>per client address: one client trying many names;</li>
 * <li>per account: many clients guessing one account. This one holds back only clients that failed
 * recently themselves, so the owner, who has not failed, gets in while the attack goes on.</li>
 * </ul>
 * A refused try is not counted, so an attacker who keeps knocking does not prolong any wait. Names
 * known or not are treated alike. Kept in memory: per node, and forgotten on restart.
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

    static final Policy PAIR = new Policy("pair", 5, Duration.ofMinutes(15), Duration.ofHours(1));
    static final Policy CLIENT = new Policy("client", 20, Duration.ofMinutes(15), Duration.ofHours(1));
    static final Policy ACCOUNT = new Policy("account", 10, Duration.ofMinutes(1), Duration.ofMinutes(15));
    /** Beyond this many remembered keys the stale ones are dropped, so a flood of names cannot fill the heap. */
    private static final int PURGE_ABOVE = 10_000;

    private static final int MAX_LOGGED = 64;
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final MeterRegistry meters;

    public LoginThrottle(Clock clock, MeterRegistry meters) {
        this.clock = clock;
        this.meters = meters;
        for (Policy policy : new Policy[] {PAIR, CLIENT, ACCOUNT}) {
            Gauge.builder("klimaflow.login.throttled", this, throttle -> throttle.throttledKeys(policy))
                    .description("Keys whose failed logins are being slowed down now")
                    .tag("key", policy.kind())
                    .register(meters);
        }
    }

    /** How long this account and client must still wait before the next try; zero when they may try now. */
    public Duration waitFor(String account, String client) {
        Instant now = clock.instant();
        Duration wait =
                longer(remaining(PAIR, pair(account, client), now), remaining(CLIENT, key(CLIENT, client), now));
        return failedRecently(client, now) ? longer(wait, remaining(ACCOUNT, key(ACCOUNT, account), now)) : wait;
    }

    /** A try refused unseen because it came too early; it is not counted, so it does not prolong the wait. */
    public void refused() {
        meters.counter("klimaflow.login.failures", "reason", "throttled").increment();
    }

    /** A wrong password or an unknown name. */
    public void failed(String account, String client) {
        meters.counter("klimaflow.login.failures", "reason", "bad_credentials").increment();
        Instant now = clock.instant();
        if (failures.size() > PURGE_ABOVE) {
            failures.entrySet().removeIf(entry -> isForgotten(entry.getKey(), entry.getValue(), now));
        }
        int byPair = count(PAIR, pair(account, client), now);
        int byClient = count(CLIENT, key(CLIENT, client), now);
        int byAccount = count(ACCOUNT, key(ACCOUNT, account), now);
        // one line when a key starts to be slowed down, not one per try: a flood writes a bounded log
        if (byPair == PAIR.freeFailures() + 1
                || byClient == CLIENT.freeFailures() + 1
                || byAccount == ACCOUNT.freeFailures() + 1) {
            LOG.warn(
                    "Failed logins are being slowed down: account '{}' {} failures, client {} {} failures, the pair {}",
                    loggable(account),
                    byAccount,
                    loggable(client),
                    byClient,
                    byPair);
            meters.counter("klimaflow.login.bursts").increment();
        }
    }

    /** The right password: this client's failures on the account are forgotten; the others' are not. */
    public void succeeded(String account, String client) {
        failures.remove(pair(account, client));
    }

    /** Forgets every failure, e.g. between tests. */
    void forgetAll() {
        failures.clear();
    }

    private boolean failedRecently(String client, Instant now) {
        Failures seen = failures.get(key(CLIENT, client));
        return seen != null && !isForgotten(key(CLIENT, client), seen, now);
    }

    private long throttledKeys(Policy policy) {
        Instant now = clock.instant();
        return failures.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(policy.kind() + ":"))
                .filter(entry -> !remaining(policy, entry.getKey(), now).isZero())
                .count();
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
        return failures.compute(
                        key,
                        (k, seen) ->
                                new Failures(seen == null || isForgotten(k, seen, now) ? 1 : seen.count() + 1, now))
                .count();
    }

    private static boolean isForgotten(String key, Failures seen, Instant now) {
        return seen.last().plus(policyOf(key).forgetAfter()).isBefore(now);
    }

    private static Policy policyOf(String key) {
        if (key.startsWith(ACCOUNT.kind() + ":")) {
            return ACCOUNT;
        }
        return key.startsWith(PAIR.kind() + ":") ? PAIR : CLIENT;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pair(String account, String client) {
        return PAIR.kind() + ":" + normal(client) + "|" + normal(account);
    }

    private static String key(Policy policy, String value) {
        return policy.kind() + ":" + normal(value);
    }

    private static String normal(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** What an attacker typed, short and on one line. */
    private static String loggable(String value) {
        String flat = value.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > MAX_LOGGED ? flat.substring(0, MAX_LOGGED) + "…" : flat;
    }
}
