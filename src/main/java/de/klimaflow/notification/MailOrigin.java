package de.klimaflow.notification;

import org.jspecify.annotations.Nullable;

/**
 * The process step that sends a mail.
 *
 * @param stepKey one visit of one step by one execution ("execution/activity#sequence"): the same for
 *                every retry of that visit, different for a later visit (a loop, the next reminder)
 */
public record MailOrigin(
        @Nullable String processInstanceId,
        @Nullable String executionId,
        @Nullable String activityId,
        @Nullable String stepKey,
        @Nullable String businessKey) {

    public static final MailOrigin NONE = new MailOrigin(null, null, null, null, null);
}
