package de.klimaflow.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.klimaflow.platform.LogBudget;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How many anonymous submissions (public forms and the public API's writes) one client address may send:
 * a token bucket per address ({@code klimaflow.public-submissions.per-client} per
 * {@code klimaflow.public-submissions.period}), refilled gradually. Reads the application's clock, so tests
 * can let time pass. In memory: per node, forgotten on restart.
 */
@Component
public class PublicSubmissionLimit {

    private static final Logger LOG = LoggerFactory.getLogger(PublicSubmissionLimit.class);
    /** Beyond this many addresses the full buckets are dropped: a flood of addresses cannot fill the heap. */
    private static final int PURGE_ABOVE = 10_000;

    private static final LogBudget REFUSALS = new LogBudget(20);

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long perClient;
    private final Duration period;
    private final TimeMeter time;
    private final MeterRegistry meters;

    public PublicSubmissionLimit(
            @Value("${klimaflow.public-submissions.per-client:10}") long perClient,
            @Value("${klimaflow.public-submissions.period:10m}") Duration period,
            Clock clock,
            MeterRegistry meters) {
        this.perClient = perClient;
        this.period = period;
        this.meters = meters;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Empty if this client may submit now (and counts the submission); else how long it must wait. */
    public java.util.Optional<Duration> tryAcquire(String client) {
        if (buckets.size() > PURGE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perClient);
        }
        ConsumptionProbe probe =
                buckets.computeIfAbsent(client, address -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return java.util.Optional.empty();
        }
        meters.counter("klimaflow.public.submissions.refused").increment();
        if (REFUSALS.allow(held -> LOG.info("{} more public submissions were refused without a log line", held))) {
            LOG.info("Public submission refused, too many from {}", client);
        }
        Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
        return java.util.Optional.of(wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perClient).refillGreedy(perClient, period))
                .withCustomTimePrecision(time)
                .build();
    }
}
