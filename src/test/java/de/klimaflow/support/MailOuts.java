package de.klimaflow.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import de.klimaflow.notification.process.MailProcess;

/**
 * Drives a mail-out the way the job executor would: the job of the step that queues the mails (and, in the
 * same transaction, hands them to delivery instances), then the send job of every delivery instance, and
 * of the deliveries these hand a mail to. A failing send job does not stop the others; its error is returned.
 */
public final class MailOuts {

    private MailOuts() {}

    /**
     * Runs the queue step's job, checks that the process went through the send step, then runs every send job;
     * the errors of failed send jobs, in no order.
     */
    public static List<RuntimeException> run(
            ProcessEngineServices engine, String processInstanceId, String queueStep, String sendStep) {
        Job queue = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(queueStep)
                .singleResult();
        if (queue == null) {
            throw new AssertionError("no job of " + queueStep + " in process instance " + processInstanceId);
        }
        engine.getManagementService().executeJob(queue.getId());
        if (engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .activityId(sendStep)
                        .finished()
                        .count()
                == 0) {
            throw new AssertionError(sendStep + " did not run in process instance " + processInstanceId);
        }
        List<RuntimeException> failures = new ArrayList<>();
        Set<String> tried = new HashSet<>();
        // a delivery may hand a mail to a delivery of its own, whose job then runs in the next round
        for (List<Job> round = sendJobs(engine, processInstanceId);
                !round.isEmpty();
                round = sendJobs(engine, processInstanceId).stream()
                        .filter(job -> !tried.contains(job.getId()))
                        .toList()) {
            for (Job send : round) {
                tried.add(send.getId());
                try {
                    engine.getManagementService().executeJob(send.getId());
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        }
        return failures;
    }

    /**
     * The send jobs still there (not yet run, or failed) of the delivery instances a process instance started:
     * those with its business key, as an operator finds them in Cockpit.
     */
    public static List<Job> sendJobs(ProcessEngineServices engine, String processInstanceId) {
        String businessKey =
                engine
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .list()
                        .stream()
                        .map(ProcessInstance::getBusinessKey)
                        .findFirst()
                        .orElseGet(() -> engine.getHistoryService()
                                .createHistoricProcessInstanceQuery()
                                .processInstanceId(processInstanceId)
                                .singleResult()
                                .getBusinessKey());
        List<Job> jobs = new ArrayList<>();
        for (ProcessInstance delivery : engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(MailProcess.PROCESS_KEY)
                .processInstanceBusinessKey(businessKey)
                .list()) {
            jobs.addAll(engine.getManagementService()
                    .createJobQuery()
                    .processInstanceId(delivery.getId())
                    .activityId(MailProcess.TASK_DELIVER_MAIL)
                    .list());
        }
        return jobs;
    }
}
