package de.klimaflow.tasks;

import java.time.Instant;

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
        String processDefinitionKey,
        String processName,
        String processInstanceId,
        String businessKey,
        String businessObject,
        String assigneeId,
        String assigneeName,
        Instant due,
        Instant followUp,
        int priority,
        Instant created,
        String formKey) {

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }

    public boolean isAssigned() {
        return assigneeId != null;
    }
}
