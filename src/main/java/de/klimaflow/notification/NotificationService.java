package de.klimaflow.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import de.klimaflow.platform.MailAddresses;

/**
 * Sends one mail and keeps its log entry. The log entry is written in transactions of its own, so it
 * survives when the sending job fails and rolls back; a retry of the same process step finds and
 * reuses it. Invalid addresses are refused before anything is sent. A try that began less than half the job lock
 * time ago (150 s of the starter's 300 s) and has not ended may still be sending, on a node whose job lock ran out
 * while it was slow: another try of the same mail waits until that try has ended, or has turned so old that its
 * node must have died, and then sends only if the mail is still unsent. A dead node's try usually is that old by the
 * time another node gets its job: the lock runs out a whole lock time after the dead node took the job.
 */
@Service
public class NotificationService {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

    private final MailRenderer renderer;
    private final MailTransport transport;
    private final OutboundMailRepository mails;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Duration runningTry;
    private final MailSendGuards guards;
    private final FreshLinks freshLinks;
    private final MailEnvelopes envelope;

    /** {@code jobLockMillis}: the engine's job lock time, the starter's 300 s unless set. */
    public NotificationService(
            MailRenderer renderer,
            MailTransport transport,
            OutboundMailRepository mails,
            PlatformTransactionManager transactions,
            Clock clock,
            MailSendGuards guards,
            FreshLinks freshLinks,
            MailEnvelopes envelope,
            @Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long jobLockMillis) {
        this.guards = guards;
        this.freshLinks = freshLinks;
        this.envelope = envelope;
        this.runningTry = Duration.ofMillis(jobLockMillis).dividedBy(2);
        this.renderer = renderer;
        this.transport = transport;
        this.mails = mails;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Renders, logs and delivers the mail.
     *
     * @throws InvalidRecipientException when the address can never work (logged as FAILED, nothing sent)
     * @throws MailDeliveryException     when the transport failed this time (logged as RETRYING)
     */
    public long deliver(MailRequest request, MailOrigin origin) {
        MailRequest clean = request.cleaned();
        Recipient to = clean.to();
        RenderedMail rendered = renderer.render(clean);
        Attempt attempt = startAttempt(clean, rendered, origin);
        long id = attempt.mailId();
        if (attempt.alreadySent()) {
            // an earlier try of this step delivered it, then failed later: never send twice
            return id;
        }

        return send(id, attempt.messageKey(), request.kind(), request.relatedType(), to, rendered);
    }

    /**
     * Renders every mail of a mail-out and stores it as a queued batch in the caller's transaction; queued
     * mails of an earlier mail-out of the same kind in the same process instance are replaced.
     */
    public void queue(String kind, List<MailRequest> requests, MailOrigin origin) {
        // only a process step queues a mail-out: its origin names the instance and the step's visit
        mails.supersedeQueued(Objects.requireNonNull(origin.processInstanceId()), kind);
        String batchKey = Objects.requireNonNull(origin.stepKey());
        List<OutboundMail> batch = new ArrayList<>(requests.size());
        for (MailRequest request : requests) {
            MailRequest clean = request.cleaned();
            batch.add(OutboundMail.queued(
                    clean, renderer.render(clean), origin, clock.instant(), batchKey, batch.size()));
        }
        mails.saveAll(batch);
    }

    /** The mails still queued in the latest mail-out of this kind in the process instance, in queue order. */
    public List<Long> queuedMails(String processInstanceId, String kind) {
        return mails.findFirstByProcessInstanceIdAndKindAndBatchKeyNotNullOrderByIdDesc(processInstanceId, kind)
                .map(latest -> mails.queuedOfBatch(Objects.requireNonNull(latest.getBatchKey())))
                .orElse(List.of());
    }

    /**
     * Sends a queued mail unless it went out already or was replaced. When its address is bad, {@code current}
     * is asked for the mail as its sender would compose it now, so a retry after the data was corrected uses
     * the new address. Returns whether it sent the mail now.
     *
     * @throws InvalidRecipientException when the address can never work
     * @throws MailDeliveryException     when the transport failed this time
     */
    public boolean deliverQueued(long id, MailOrigin sender, Function<QueuedMail, Optional<MailRequest>> current) {
        OutboundMail mail = afterARunningTry(() -> ownTransaction.execute(status -> mails.findById(id)
                .filter(queued -> !queued.getStatus().isDone() && queued.getStatus() != MailStatus.SUPERSEDED)
                .map(queued -> {
                    if (MailAddresses.problem(queued.getRecipientEmail()) != null && queued.getRelatedId() != null) {
                        current.apply(new QueuedMail(
                                        queued.getProcessInstanceId(),
                                        queued.getKind(),
                                        new MailReference(queued.getRelatedType(), queued.getRelatedId())))
                                .ifPresent(request ->
                                        queued.replaceWith(request.cleaned(), renderer.render(request.cleaned())));
                    }
                    refuseWhileSending(queued);
                    queued.takenOverBy(sender);
                    queued.attempt(clock.instant());
                    return queued;
                })
                .orElse(null)));
        if (mail == null) {
            return false;
        }
        // the outbox holds no live personal link: this try gets fresh ones
        send(
                mail.getId(),
                mail.messageKey(),
                mail.getKind(),
                mail.getRelatedType(),
                mail.recipient(),
                freshLinks.forSending(mail));
        return true;
    }

    private long send(
            long id, String messageKey, String kind, String relatedType, Recipient to, RenderedMail rendered) {
        String problem = MailAddresses.problem(to.email());
        if (problem != null) {
            // the message goes to the log and to Cockpit: it names the mail, the outbox shows its address
            String reason = "Ungültige Empfängeradresse (" + MailAddresses.hide(problem, to.email()) + ") für Mail "
                    + id + " „" + kind + "“ – nichts gesendet; die Adresse steht im Postausgang";
            finish(id, MailStatus.FAILED, reason);
            throw new InvalidRecipientException(reason);
        }
        try {
            String via = transport.deliver(to, rendered, messageKey, envelope.of(kind, relatedType));
            ownTransaction.executeWithoutResult(
                    status -> mails.markSent(id, OutboundMail.deliveredStatus(via), via, clock.instant()));
            LOG.info("Mail {} '{}' delivered via {}", id, kind, via);
            return id;
        } catch (RuntimeException e) {
            String reason = "Mail " + id + " „" + kind + "“ nicht zugestellt: "
                    + MailAddresses.hide(String.valueOf(e.getMessage()), to.email());
            finish(id, MailStatus.RETRYING, reason);
            throw new MailDeliveryException(reason, e);
        }
    }

    /** Marks the unfinished entries of a send step as FAILED once the engine has no tries left. */
    public void retriesExhausted(String executionId, String activityId) {
        ownTransaction.executeWithoutResult(
                status -> mails.findByExecutionIdAndActivityIdAndStatus(executionId, activityId, MailStatus.RETRYING)
                        .forEach(mail -> mail.failed(MailStatus.FAILED, mail.getLastError())));
    }

    private record Attempt(long mailId, String messageKey, boolean alreadySent) {}

    private Attempt startAttempt(MailRequest request, RenderedMail rendered, MailOrigin origin) {
        return afterARunningTry(() -> ownTransaction.execute(status -> {
            OutboundMail mail = origin.stepKey() == null
                    ? null
                    : mails
                            .ofStepVisit(
                                    origin.stepKey(),
                                    request.kind(),
                                    request.to().email())
                            .stream()
                            .findFirst()
                            .orElse(null);
            if (mail != null && mail.getStatus().isDone()) {
                return new Attempt(mail.getId(), mail.messageKey(), true);
            }
            if (mail == null) {
                // counted before the insert: one statement, not an insert and an update
                mail = new OutboundMail(request, rendered, origin, clock.instant());
                mail.attempt(clock.instant());
                mail = mails.save(mail);
            } else {
                refuseWhileSending(mail);
                mail.attempt(clock.instant());
            }
            return new Attempt(mail.getId(), mail.messageKey(), false);
        }));
    }

    /** Leaves the entry as it is, so the running try finishes it. */
    private void refuseWhileSending(OutboundMail mail) {
        if (mail.sendingSince(clock.instant().minus(runningTry))) {
            throw new TryRunning(
                    "Mail " + mail.getId(),
                    "Mail " + mail.getId() + " „" + mail.getKind()
                            + "“ wird gerade von einem anderen Versuch gesendet; dieser wartet auf den nächsten");
        }
    }

    /**
     * Runs {@code step} again while another try of the mail is running: that try usually ends within a second,
     * and then this one finds the mail sent and its step goes on. Failing at once would make the engine retry the
     * job minutes later, and the process would wait that long. The other try may also have changed the mail's row
     * in the moment between this one's read and write; then this one reads it again.
     *
     * @throws MailDeliveryException when the other try still counts as running after {@link #runningTry} and a
     *                               second: a bound on the loop, as by then that try counts as dead
     */
    private <T> T afterARunningTry(java.util.function.Supplier<T> step) {
        long began = System.nanoTime();
        long longest = runningTry.plusSeconds(1).toNanos();
        @Nullable String awaiting = null;
        while (true) {
            try {
                T result = step.get();
                if (awaiting != null) {
                    guards.awaited(
                            awaiting,
                            Duration.ofNanos(System.nanoTime() - began).toMillis());
                }
                return result;
            } catch (TryRunning running) {
                awaiting = running.mail;
                if (System.nanoTime() - began > longest) {
                    guards.gaveUp(awaiting);
                    throw new MailDeliveryException(running.getMessage(), null);
                }
                pause(running.getMessage());
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (System.nanoTime() - began > longest) {
                    throw changedMeanwhile;
                }
                pause(changedMeanwhile.getMessage());
            }
        }
    }

    private static void pause(@Nullable String why) {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new MailDeliveryException(String.valueOf(why), interrupted);
        }
    }

    /** Another try of the same mail began moments ago and has not ended. */
    private static final class TryRunning extends RuntimeException {
        private final String mail;

        TryRunning(String mail, String message) {
            super(message, null, false, false);
            this.mail = mail;
        }
    }

    private void finish(long id, MailStatus status, String reason) {
        ownTransaction.executeWithoutResult(
                tx -> mails.findById(id).orElseThrow().failed(status, reason));
    }
}
