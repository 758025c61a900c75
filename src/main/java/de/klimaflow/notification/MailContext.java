package de.klimaflow.notification;

import java.util.Map;

/** What a process step tells a {@link MailComposer}: which instance, which business entity, which variables. */
public record MailContext(String processInstanceId, String businessKey, Map<String, Object> variables) {}
