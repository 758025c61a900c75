package de.klimaflow.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.core.metrics.StartupStep;

import de.klimaflow.KlimaflowApplication;

/**
 * Starts the app as its own {@code main} does, with Spring's start-up steps recorded, prints the steps that took
 * the most time of their own (their duration less their child steps') and exits. Run by
 * {@code STEPS=1 src/bench/startup.sh} on the extracted production jar; the app's arguments are passed on.
 */
public final class StartupSteps {

    private static final int LINES = 30;

    private StartupSteps() {}

    private record Step(String name, long ownNanos, long totalNanos) {}

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(KlimaflowApplication.class);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        app.setApplicationStartup(startup);
        long began = System.nanoTime();
        app.run(args);
        long tookMillis = (System.nanoTime() - began) / 1_000_000;

        List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        Map<Long, Long> childNanos = new HashMap<>();
        for (TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                childNanos.merge(parent, event.getDuration().toNanos(), Long::sum);
            }
        }
        List<Step> steps = new ArrayList<>();
        for (TimelineEvent event : events) {
            StringBuilder name = new StringBuilder(event.getStartupStep().getName());
            for (StartupStep.Tag tag : event.getStartupStep().getTags()) {
                name.append(' ').append(tag.getKey()).append('=').append(tag.getValue());
            }
            long total = event.getDuration().toNanos();
            steps.add(new Step(
                    name.toString(),
                    total - childNanos.getOrDefault(event.getStartupStep().getId(), 0L),
                    total));
        }
        steps.sort(Comparator.comparingLong(Step::ownNanos).reversed());
        System.out.println(
                "STEPS run() took " + tookMillis + " ms; the " + LINES + " steps with the most time of their own:");
        steps.stream()
                .limit(LINES)
                .forEach(step -> System.out.printf(
                        "STEPS own %6d ms   total %6d ms   %s%n",
                        step.ownNanos() / 1_000_000, step.totalNanos() / 1_000_000, step.name()));
        System.exit(0);
    }
}
