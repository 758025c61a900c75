package de.klimaflow.notification.process;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import de.klimaflow.notification.MailDeliveryException;
import de.klimaflow.notification.NotificationService;

/**
 * A send step sends only while its job's lock is this node's and lasts a while longer. A node that stalls past the
 * lock time (a cold start on a busy machine took 20 s before its first job ran) has its jobs taken over by another
 * node, which runs them too; of the two, only the holder of the lock may send. Steps run by hand (Cockpit's retry,
 * the tests) hold no lock and are not checked.
 */
final class JobLock {

    private JobLock() {
    }

    /** @throws MailDeliveryException when the lock is gone or ends within {@link NotificationService#sendingLease} */
    static void requireTimeToSend(String mail) {
        JobExecutorContext context = Context.getJobExecutorContext();
        JobEntity job = context == null ? null : context.getCurrentJob();
        if (job == null) {
            return;
        }
        JobExecutor executor = Context.getProcessEngineConfiguration().getJobExecutor();
        Duration margin = NotificationService.sendingLease(Duration.ofMillis(executor.getLockTimeInMillis()));
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (!executor.getLockOwner().equals(job.getLockOwner()) || job.getLockExpirationTime() == null
                || job.getLockExpirationTime().toInstant().isBefore(now.plus(margin))) {
            throw new MailDeliveryException(mail + " nicht gesendet: die Sperre des Jobs " + job.getId()
                    + " ist abgelaufen oder läuft gleich ab; ein anderer Knoten kann ihn übernommen haben", null);
        }
    }
}
