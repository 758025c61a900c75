package de.klimaflow.platform.process;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.jspecify.annotations.Nullable;

/**
 * The starter's job executor, except that the engine's "a job was added" wakes the acquisition at most once per
 * window. The engine sends that hint after every commit that created a job due now, and again whenever a job
 * thread finishes; each hint costs an acquisition, and the woken acquisition, having found jobs, asks once more
 * at once. One registration with its opt-in mail so cost four acquisition transactions of its eight, all but
 * one of them empty (src/bench/notes.md). Within a window every hint after the first is absorbed; the woken
 * acquisition then takes all jobs due by then in one query. A job waits at most the window longer; while jobs
 * keep coming, full acquisitions follow each other without waiting for any hint.
 */
public class CoalescingJobExecutor extends SpringJobExecutor {

    private final long windowMillis;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile @Nullable ScheduledExecutorService wakeUps;

    public CoalescingJobExecutor(Duration window) {
        this.windowMillis = window.toMillis();
    }

    @Override
    public void jobWasAdded() {
        ScheduledExecutorService scheduler = wakeUps;
        if (windowMillis <= 0 || scheduler == null) {
            super.jobWasAdded();
        } else if (wakeUpPending.compareAndSet(false, true)) {
            scheduler.schedule(this::wakeUp, windowMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void wakeUp() {
        wakeUpPending.set(false);
        super.jobWasAdded();
    }

    @Override
    protected void startExecutingJobs() {
        wakeUps = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "job-acquisition-wake-up");
            thread.setDaemon(true);
            return thread;
        });
        super.startExecutingJobs();
    }

    @Override
    protected void stopExecutingJobs() {
        ScheduledExecutorService scheduler = wakeUps;
        wakeUps = null;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        wakeUpPending.set(false);
        super.stopExecutingJobs();
    }
}
