package de.klimaflow.notification;

/** A file sent with a mail, e.g. the participant list for the venue. Made again for every try, never stored. */
public record MailAttachment(String fileName, String contentType, byte[] content) {}
