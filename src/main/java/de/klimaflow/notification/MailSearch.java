package de.klimaflow.notification;

/** Outbox filter: free text (recipient, subject, business key, kind) and status; null means any. */
public record MailSearch(String text, MailStatus status) {}
