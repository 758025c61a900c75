package de.klimaflow.notification;

/**
 * The process step that sends a mail.
 *
 * @param stepKey one visit of one step by one execution ("execution/activity#sequence"): the same for
 *                every retry of that visit, different for a later visit (a loop, the next reminder)
 */
public record MailOrigin(String processInstanceId, String executionId, String activityId, String stepKey,
        String businessKey) {

    public static final MailOrigin NONE = new MailOrigin(null, null, null, null, null);
}
