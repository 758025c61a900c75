package de.klimaflow.notification;

import java.util.List;

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

    private final List<MailComposer> composers;
    private final NotificationService notifications;

    public SendMailDelegate(List<MailComposer> composers, NotificationService notifications) {
        this.composers = composers;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String kind = (String) execution.getVariable(MailProcess.KIND_PARAMETER);
        String process = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        MailComposer composer = composers.stream().filter(c -> c.processDefinitionKey().equals(process)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no MailComposer for process '" + process + "'"));
        MailOrigin origin = MailOrigins.of(execution);
        for (MailRequest request : composer.compose(kind,
                new MailContext(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), execution.getVariables()))) {
            notifications.deliver(request, origin);
        }
    }
}
