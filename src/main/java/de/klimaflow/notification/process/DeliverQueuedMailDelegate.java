package de.klimaflow.notification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The send step of a delivery instance: one queued mail. A failure throws, so only this recipient's job is
 * retried and finally becomes an incident.
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
