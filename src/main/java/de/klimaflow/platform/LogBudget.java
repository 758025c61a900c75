package de.klimaflow.platform;

import java.util.function.LongConsumer;

/**
 * How many lines of one kind a log may take a minute: a flood of bad requests writes a bounded amount of log, and
 * what was held back is counted in one line when the next minute starts.
 */
public final class LogBudget {

    private static final long MINUTE = 60_000_000_000L;

    private final int perMinute;
    private long windowStart = System.nanoTime();
    private int used;
    private long heldBack;

    public LogBudget(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Whether one more line may be written now; a new minute first tells {@code held} how many lines were held back. */
    public synchronized boolean allow(LongConsumer held) {
        long now = System.nanoTime();
        if (now - windowStart >= MINUTE) {
            windowStart = now;
            used = 0;
            if (heldBack > 0) {
                held.accept(heldBack);
                heldBack = 0;
            }
        }
        if (used < perMinute) {
            used++;
            return true;
        }
        heldBack++;
        return false;
    }
}
