package de.klimaflow.tasks;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A comment on a task; {@code author} is null for comments written by the system (e.g. reminders). */
public record TaskComment(@Nullable String author, Instant time, String text) {
}
