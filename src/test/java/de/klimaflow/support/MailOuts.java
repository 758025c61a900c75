package de.klimaflow.support;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Drives a mail-out the way the job executor would: the job of the step that queues the mails, then the
 * send job of every recipient. A failing send job does not stop the others; its error is returned.
 */
public final class MailOuts {

    private MailOuts() {
    }

    /** Runs the queue step's job, then every send job; the errors of failed send jobs, in no order. */
    public static List<RuntimeException> run(ManagementService management, String processInstanceId,
            String queueStep, String sendStep) {
        Job queue = management.createJobQuery().processInstanceId(processInstanceId).activityId(queueStep).singleResult();
        if (queue == null) {
            throw new AssertionError("no job of " + queueStep + " in process instance " + processInstanceId);
        }
        management.executeJob(queue.getId());
        List<RuntimeException> failures = new ArrayList<>();
        for (Job send : sendJobs(management, processInstanceId, sendStep)) {
            try {
                management.executeJob(send.getId());
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        return failures;
    }

    /** The send jobs of a mail-out that are still there: not yet run, or failed. */
    public static List<Job> sendJobs(ManagementService management, String processInstanceId, String sendStep) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(sendStep).list();
    }
}
