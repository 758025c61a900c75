package de.klimaflow.accessibility.process;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.accessibility.BarrierReported;
import de.klimaflow.accessibility.BarrierReports;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.tasks.WorkTaskService;

/**
 * The feedback process (accessibility-feedback.bpmn), the one class that starts and moves it: a report starts it in
 * the transaction that stored it; the answer form records the answer and completes the step here.
 */
@Service
@Transactional
public class AccessibilityFeedbackFlow {

    private final BarrierReports reports;
    private final WorkTaskService workTasks;
    private final RuntimeService runtimeService;
    private final CurrentUser currentUser;
    private final Duration remindBefore;

    AccessibilityFeedbackFlow(
            BarrierReports reports,
            WorkTaskService workTasks,
            RuntimeService runtimeService,
            CurrentUser currentUser,
            @Value("${klimaflow.accessibility.remind-before:P7D}") Duration remindBefore) {
        this.reports = reports;
        this.workTasks = workTasks;
        this.runtimeService = runtimeService;
        this.currentUser = currentUser;
        this.remindBefore = remindBefore;
    }

    @EventListener
    void reported(BarrierReported reported) {
        BarrierReports.ReportView report = reports.find(reported.reportId()).orElseThrow();
        runtimeService.startProcessInstanceByKey(
                AccessibilityFeedbackProcess.PROCESS_KEY,
                Long.toString(report.id()),
                Map.of(
                        AccessibilityFeedbackProcess.VAR_FEEDBACK_GROUP,
                        reports.feedbackGroup(),
                        AccessibilityFeedbackProcess.VAR_ANSWER_DUE_AT,
                        Date.from(report.replyDueAt().minus(remindBefore))));
    }

    /** The answer form: records the answer and completes the step, which mails it. */
    public void answer(String taskId, long reportId, String reply) {
        reports.answer(reportId, reply, currentUser.requireId());
        workTasks.complete(taskId, Map.of());
    }
}
