package de.klimaflow.notification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The send step of a delivery instance: its queued mails (see {@link ProcessMails#deliverQueued}). A mail
 * with a bad recipient moves to an instance of its own, so only that recipient's job is retried and finally
 * becomes an incident.
 */
@Component(MailProcess.DELIVER_DELEGATE)
public class DeliverQueuedMailDelegate implements JavaDelegate {

    private final ProcessMails mails;

    public DeliverQueuedMailDelegate(ProcessMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.deliverQueued(execution);
    }
}
