package de.klimaflow.notification;

import java.util.List;

/**
 * Builds mails from a feature's business data. The feature that owns the data provides it as a Spring
 * bean; the notification feature never reads other features' entities. A send step asks every composer
 * and exactly one must answer {@link #composes}.
 */
public interface MailComposer {

    /** Whether this composer writes the mails of this kind when a step of this process sends them. */
    boolean composes(String processDefinitionKey, String kind);

    /** The mails to send for this step; may be empty when there is nobody to write to. */
    List<MailRequest> compose(String kind, MailContext context);
}
