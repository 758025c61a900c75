package de.klimaflow.notification.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailOrigin;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.NotificationService;

/**
 * Sends the mails of one kind from a process step: the one composer that writes them builds them from
 * its feature's data, and each is delivered once per visit of the step (see {@link MailOrigins}).
 */
@Component
public class ProcessMails {

    private final List<MailComposer> composers;
    private final NotificationService notifications;

    public ProcessMails(List<MailComposer> composers, NotificationService notifications) {
        this.composers = composers;
        this.notifications = notifications;
    }

    public void send(String kind, DelegateExecution execution) {
        String process = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        List<MailComposer> candidates = composers.stream().filter(c -> c.composes(process, kind)).toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException(candidates.size() + " mail composers for '" + kind + "' in process '" + process
                    + "'; there must be exactly one");
        }
        MailOrigin origin = MailOrigins.of(execution);
        MailContext context = new MailContext(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                execution.getVariables());
        for (MailRequest request : candidates.get(0).compose(kind, context)) {
            notifications.deliver(request, origin);
        }
    }
}
