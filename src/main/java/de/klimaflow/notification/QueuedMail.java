package de.klimaflow.notification;

import org.jspecify.annotations.Nullable;

/** A queued mail of a mail-out: the process instance that queued it, its kind, and whom or what it is about. */
public record QueuedMail(@Nullable String processInstanceId, String kind, MailReference related) {}
