package de.klimaflow.notification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The send step of every process: {@code camunda:delegateExpression="${sendMail}"}, asynchronous, with
 * the input parameter {@value MailProcess#KIND_PARAMETER}. The feature owning the business data
 * composes the mails; a failure throws, so the engine retries the job and finally raises an incident.
 */
@Component(MailProcess.DELEGATE)
public class SendMailDelegate implements JavaDelegate {

    private final ProcessMails mails;

    public SendMailDelegate(ProcessMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.send((String) execution.getVariable(MailProcess.KIND_PARAMETER), execution);
    }
}
