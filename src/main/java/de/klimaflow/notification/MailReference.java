package de.klimaflow.notification;

/** The business entity a mail belongs to, e.g. ("registration", "42"). */
public record MailReference(String relatedType, String relatedId) {}
