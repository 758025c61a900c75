package de.klimaflow.notification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Second half of a mail-out: {@code ${sendQueuedMails}} with the mail kind hands the mails the step before
 * queued to delivery instances ({@link MailProcess#PROCESS_KEY}), {@value MailProcess#MAILS_PER_DELIVERY} each.
 */
@Component(MailProcess.SEND_QUEUED_DELEGATE)
public class SendQueuedMailDelegate implements JavaDelegate {

    private final ProcessMails mails;

    public SendQueuedMailDelegate(ProcessMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.handOverQueued((String) execution.getVariable(MailProcess.KIND_PARAMETER), execution);
    }
}
