package de.klimaflow.notification.process;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import de.klimaflow.notification.InvalidRecipientException;
import de.klimaflow.notification.NotificationService;

/**
 * Engine plugin for failed jobs: a job that failed for a reason no retry can fix (an invalid mail
 * address) loses its remaining retries at once, so the incident shows up in Cockpit now instead of
 * after useless tries; when a send job runs out of retries, its log entries turn FAILED; and a job that
 * lost an optimistic-locking race against a job of the same process instance (the non-exclusive send jobs
 * of a mail-out finishing together) runs again at once, without spending a try: nothing was wrong with it.
 * A failure on a job that another node has taken over meanwhile (this node's lock ran out while it was slow) is
 * not recorded at all: that node is running the job now, and any write to the job's row here would make that
 * node's run fail in turn, spend a try and hold the process back until the retry.
 */
@Component
public class MailJobRetries extends AbstractProcessEnginePlugin {

    private final NotificationService notifications;

    public MailJobRetries(@Lazy NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory(new DefaultFailedJobCommandFactory() {
            @Override
            public Command<Object> getCommand(String jobId, Throwable exception) {
                return commandContext -> {
                    JobEntity job = commandContext.getJobManager().findJobById(jobId);
                    if (job == null) {
                        return null;
                    }
                    String owner = job.getLockOwner();
                    if (Context.getJobExecutorContext() != null
                            && owner != null
                            && !owner.equals(configuration.getJobExecutor().getLockOwner())) {
                        // rolls back this record of the failure; the engine logs it and leaves the job alone
                        throw new OptimisticLockingException("Job " + jobId + " is run by " + owner
                                + " now; its failure on this node is not recorded");
                    }
                    if (isConflict(exception)) {
                        job.setLockOwner(null);
                        job.setLockExpirationTime(null);
                        job.setDuedate(ClockUtil.getCurrentTime());
                        return null;
                    }
                    // the same entity afterwards: the command context caches what it loaded
                    new DefaultJobRetryCmd(jobId, exception).execute(commandContext);
                    if (isPermanent(exception) && job.getRetries() > 0) {
                        job.setRetries(0);
                    }
                    if (job.getRetries() == 0 && job.getExecutionId() != null) {
                        notifications.retriesExhausted(job.getExecutionId(), job.getActivityId());
                    }
                    return null;
                };
            }
        });
    }

    private static boolean isConflict(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPermanent(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidRecipientException) {
                return true;
            }
        }
        return false;
    }
}
