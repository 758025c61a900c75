package de.klimaflow.notification.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import de.klimaflow.notification.InvalidRecipientException;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailDeliveryException;
import de.klimaflow.notification.MailOrigin;
import de.klimaflow.notification.MailReference;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.MailSendGuards;
import de.klimaflow.notification.NotificationService;
import de.klimaflow.notification.QueuedMail;

/**
 * Sends the mails of one kind from a process step: the one composer that writes them builds them from
 * its feature's data, and each is delivered once per visit of the step (see {@link MailOrigins}). One
 * bad address does not hold back the others: every mail is tried, then the step fails with all that
 * did not go out, so the retry (or the incident's retry) sends only those.
 */
@Component
public class ProcessMails {

    private final List<MailComposer> composers;
    private final NotificationService notifications;
    private final MailSendGuards guards;

    public ProcessMails(List<MailComposer> composers, NotificationService notifications, MailSendGuards guards) {
        this.composers = composers;
        this.notifications = notifications;
        this.guards = guards;
    }

    public void send(String kind, DelegateExecution execution) {
        MailOrigin origin = MailOrigins.of(execution);
        List<MailRequest> requests = compose(kind, execution);
        List<String> invalid = new ArrayList<>();
        List<String> undelivered = new ArrayList<>();
        RuntimeException firstFailure = null;
        for (MailRequest request : requests) {
            try {
                JobLock.requireToSend("Mail „" + kind + "“", guards);
                notifications.deliver(request, origin);
            } catch (InvalidRecipientException e) {
                invalid.add(e.getMessage());
            } catch (MailDeliveryException e) {
                undelivered.add(e.getMessage());
                firstFailure = firstFailure == null ? e : firstFailure;
            }
        }
        if (invalid.isEmpty() && undelivered.isEmpty()) {
            return;
        }
        String summary = (invalid.size() + undelivered.size()) + " von " + requests.size() + " Mails „" + kind
                + "“ nicht gesendet: " + String.join("; ", concat(undelivered, invalid));
        if (undelivered.isEmpty()) {
            throw new InvalidRecipientException(summary);
        }
        throw new MailDeliveryException(summary, firstFailure);
    }

    /** Renders every mail of a mail-out and queues it in this step's transaction, so the queue and the step commit or roll back together. */
    public void queue(String kind, DelegateExecution execution) {
        List<MailRequest> requests = compose(kind, execution);
        if (requests.stream().anyMatch(request -> !request.attachments().isEmpty())) {
            throw new IllegalStateException(
                    "mail-outs carry no attachments; send '" + kind + "' with " + MailProcess.DELEGATE);
        }
        notifications.queue(kind, requests, MailOrigins.of(execution));
    }

    /**
     * Hands the mails still queued in this process instance's latest mail-out of this kind to
     * {@value MailProcess#PROCESS_KEY} instances, {@value MailProcess#MAILS_PER_DELIVERY} at most each, in this
     * step's transaction: either all are handed over or none.
     */
    public void handOverQueued(String kind, DelegateExecution execution) {
        List<Long> queued = notifications.queuedMails(execution.getProcessInstanceId(), kind);
        for (int from = 0; from < queued.size(); from += MailProcess.MAILS_PER_DELIVERY) {
            startDelivery(
                    execution, queued.subList(from, Math.min(queued.size(), from + MailProcess.MAILS_PER_DELIVERY)));
        }
    }

    /**
     * Sends the queued mails of this delivery instance, in order and over kept SMTP connections. A mail whose
     * recipient is bad (an invalid address, or one the server refused) gets a delivery instance of its own,
     * whose retries and incident are that recipient's alone. When the server itself fails before any mail
     * went out, this delivery fails as a whole and its retry sends the rest; when it fails later, every mail
     * not yet sent moves to a delivery of its own, so the mails already sent are done.
     * A bad address that was bad when the mail was queued is composed again in the context of the process
     * that queued it, so a retry after the data was corrected uses the new address.
     */
    public void deliverQueued(DelegateExecution execution) {
        MailOrigin origin = MailOrigins.of(execution);
        List<Long> mails = mailsOf(execution);
        if (mails.size() == 1) {
            // the recipient's own delivery: its job carries the failure
            JobLock.requireToSend("Mail " + mails.get(0), guards);
            notifications.deliverQueued(mails.get(0), origin, queued -> recompose(queued, execution));
            return;
        }
        List<Long> ownDelivery = new ArrayList<>();
        boolean anySent = false;
        for (int i = 0; i < mails.size(); i++) {
            long mail = mails.get(i);
            try {
                JobLock.requireToSend("Mail " + mail, guards);
                anySent |= notifications.deliverQueued(mail, origin, queued -> recompose(queued, execution));
            } catch (InvalidRecipientException e) {
                ownDelivery.add(mail);
            } catch (MailDeliveryException e) {
                if (e.recipientRefused()) {
                    ownDelivery.add(mail);
                    continue;
                }
                // the server itself failed: no more tries now, each may cost a time-out and the job's lock runs
                if (!anySent) {
                    throw new MailDeliveryException(
                            (mails.size() - i) + " von " + mails.size() + " Mails warten auf den nächsten Versuch: "
                                    + e.getMessage(),
                            e);
                }
                ownDelivery.addAll(mails.subList(i, mails.size()));
                break;
            }
        }
        ownDelivery.forEach(mail -> startDelivery(execution, List.of(mail)));
    }

    private static void startDelivery(DelegateExecution execution, List<Long> mails) {
        execution
                .getProcessEngineServices()
                .getRuntimeService()
                .startProcessInstanceByKey(
                        MailProcess.PROCESS_KEY,
                        execution.getProcessBusinessKey(),
                        Map.of(
                                MailProcess.MAILS_VARIABLE,
                                mails.stream().map(String::valueOf).collect(Collectors.joining(","))));
    }

    private static List<Long> mailsOf(DelegateExecution execution) {
        if (execution.getVariable(MailProcess.MAIL_VARIABLE) instanceof Number single) {
            return List.of(single.longValue()); // an instance started before deliveries took several mails
        }
        return Arrays.stream(((String) execution.getVariable(MailProcess.MAILS_VARIABLE)).split(","))
                .map(Long::valueOf)
                .toList();
    }

    private Optional<MailRequest> recompose(QueuedMail queued, DelegateExecution execution) {
        ProcessEngineServices engine = execution.getProcessEngineServices();
        HistoricProcessInstance sender = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(queued.processInstanceId())
                .singleResult();
        if (sender == null) {
            return Optional.empty();
        }
        Map<String, Object> variables = new HashMap<>();
        engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(sender.getId())
                .list()
                .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
        MailContext context = new MailContext(sender.getId(), sender.getBusinessKey(), variables);
        return composerOf(sender.getProcessDefinitionKey(), queued.kind()).compose(queued.kind(), context).stream()
                .filter(request ->
                        queued.related().equals(new MailReference(request.relatedType(), request.relatedId())))
                .findFirst();
    }

    private List<MailRequest> compose(String kind, DelegateExecution execution) {
        String process = execution
                .getProcessEngineServices()
                .getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId())
                .getKey();
        MailContext context = new MailContext(
                execution.getProcessInstanceId(), execution.getProcessBusinessKey(), execution.getVariables());
        return composerOf(process, kind).compose(kind, context);
    }

    private MailComposer composerOf(String process, String kind) {
        List<MailComposer> candidates =
                composers.stream().filter(c -> c.composes(process, kind)).toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException(candidates.size() + " mail composers for '" + kind + "' in process '"
                    + process + "'; there must be exactly one");
        }
        return candidates.get(0);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all.size() > 10
                ? List.of(String.join("; ", all.subList(0, 10)), "… und " + (all.size() - 10) + " weitere")
                : all;
    }
}
