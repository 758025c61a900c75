package de.klimaflow.tasks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A comment on a task; {@code author} is null for comments written by the system (e.g. reminders). */
public record TaskComment(@Nullable String author, Instant time, String text) {}
