package de.klimaflow.registration;

/**
 * Staff created a mail-out; published in the same transaction, so the mailing process starts with it
 * or not at all.
 */
public record MailingCreated(long mailingId, Mailing.Kind kind, int recipients) {}
