package de.klimaflow.notification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Second half of a mail-out: one instance of the multi-instance {@code ${sendQueuedMail}} step sends one
 * queued mail. A failure throws, so only this recipient's job is retried and finally becomes an incident.
 */
@Component(MailProcess.SEND_QUEUED_DELEGATE)
public class SendQueuedMailDelegate implements JavaDelegate {

    private final ProcessMails mails;

    public SendQueuedMailDelegate(ProcessMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendQueued((String) execution.getVariable(MailProcess.KIND_PARAMETER), execution);
    }
}
