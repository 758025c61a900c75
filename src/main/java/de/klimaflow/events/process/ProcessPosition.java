package de.klimaflow.events.process;

import java.time.Instant;
import java.util.List;

/**
 * The event's planning process: its instance (for the Cockpit link), the steps open now and the
 * steps so far.
 */
public record ProcessPosition(String processInstanceId, List<String> current, List<Step> history) {

    public record Step(String name, Instant started, Instant ended, String assignee) {
    }
}
