package de.klimaflow.tasks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A user task as the UI shows it: no engine types leave the tasks feature.
 *
 * @param businessKey    the process instance's business key (the id of the business entity)
 * @param businessObject a readable label of that entity, e.g. "Anfrage 12 · Stadt Oschersleben (Bode)"
 * @param assigneeName   display name of the assignee, null when unassigned
 */
public record TaskRow(
        String id,
        String name,
        String taskDefinitionKey,
        @Nullable String processDefinitionKey,
        @Nullable String processName,
        String processInstanceId,
        @Nullable String businessKey,
        @Nullable String businessObject,
        @Nullable String assigneeId,
        @Nullable String assigneeName,
        @Nullable Instant due,
        @Nullable Instant followUp,
        int priority,
        Instant created,
        @Nullable String formKey) {

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }

    public boolean isAssigned() {
        return assigneeId != null;
    }
}
