package de.klimaflow.notification;

import java.util.Locale;

/** Who a mail goes to, and in which language it is written. */
public record Recipient(String name, String email, Locale locale) {}
