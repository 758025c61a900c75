package de.klimaflow.notification.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jspecify.annotations.Nullable;

import de.klimaflow.notification.MailDeliveryException;
import de.klimaflow.notification.MailSendGuards;

/**
 * A send step whose job's lock ran out while it waited sends only if no other node has taken the job over since.
 * A node that falls behind (a cold start on a busy machine took 20 s before its first job ran) has its jobs taken
 * over by another node once their locks run out, and that node runs them too; of the two, only the holder of the
 * lock may send. Steps run by hand (Cockpit's retry, the tests) hold no lock and are not checked.
 */
final class JobLock {

    private JobLock() {}

    /** @throws MailDeliveryException when another node holds the job's lock now */
    static void requireToSend(String mail, MailSendGuards guards) {
        JobExecutorContext context = Context.getJobExecutorContext();
        JobEntity job = context == null ? null : context.getCurrentJob();
        if (job == null
                || job.getLockExpirationTime() == null
                || job.getLockExpirationTime()
                        .toInstant()
                        .isAfter(ClockUtil.getCurrentTime().toInstant())) {
            return;
        }
        if (!Context.getProcessEngineConfiguration()
                .getJobExecutor()
                .getLockOwner()
                .equals(lockOwnerNow(job.getId()))) {
            guards.takenOver(mail, job.getId());
            throw new MailDeliveryException(
                    mail + " nicht gesendet: die Sperre des Jobs " + job.getId()
                            + " ist abgelaufen, und ein anderer Knoten hat ihn übernommen",
                    null);
        }
    }

    /** Read from the table, not from the engine's cache: that still holds the job as this node loaded it. */
    private static @Nullable String lockOwnerNow(String jobId) {
        String table = Context.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RU_JOB";
        Connection connection =
                Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement query =
                connection.prepareStatement("select LOCK_OWNER_ from " + table + " where ID_ = ?")) {
            query.setString(1, jobId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException failed) {
            throw new MailDeliveryException("Die Sperre des Jobs " + jobId + " war nicht zu lesen", failed);
        }
    }
}
