package de.klimaflow.notification;

import java.util.List;

/**
 * Builds the mails of one process from its feature's business data. The feature owning the process
 * provides it as a Spring bean; the notification feature never reads other features' entities.
 */
public interface MailComposer {

    /** The process whose send steps this composer serves. */
    String processDefinitionKey();

    /** The mails to send for this step; may be empty when there is nobody to write to. */
    List<MailRequest> compose(String kind, MailContext context);
}
