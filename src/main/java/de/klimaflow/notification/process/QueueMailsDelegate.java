package de.klimaflow.notification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** First half of a mail-out: {@code camunda:delegateExpression="${queueMails}"} with the mail kind. */
@Component(MailProcess.QUEUE_DELEGATE)
public class QueueMailsDelegate implements JavaDelegate {

    private final ProcessMails mails;

    public QueueMailsDelegate(ProcessMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.queue((String) execution.getVariable(MailProcess.KIND_PARAMETER), execution);
    }
}
