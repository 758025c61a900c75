package de.klimaflow.events.process;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The event's planning process: its instance (for the Cockpit link), the steps open now and the
 * steps so far.
 */
public record ProcessPosition(@Nullable String processInstanceId, List<Current> current, List<Step> history) {

    /** A step open now; a timer says until when it waits, a user task which task it is (for its link). */
    public record Current(
            String activityId,
            String name,
            @Nullable Instant waitsUntil,
            @Nullable String taskId) {}

    public record Step(
            String activityId,
            String name,
            Instant started,
            @Nullable Instant ended,
            @Nullable String assignee) {}
}
