package de.klimaflow.consultation.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.consultation.CaseColleagues;
import de.klimaflow.consultation.CaseOpened;
import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.ExperienceReports;
import de.klimaflow.consultation.FundingProposals;
import de.klimaflow.consultation.InitialFacts;
import de.klimaflow.consultation.NewManager;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.tasks.WorkTaskService;

/**
 * The consultation process of each case, the one class that starts and moves it: the forms complete
 * their steps here, so a step's business data and the task's completion commit together; staff record
 * the funding decision and a withdrawal here, which the process receives as messages.
 */
@Service
@Transactional
public class ConsultationFlow {

    private static final java.util.Set<String> WAITING_STEPS =
            java.util.Set.of("userTask", "receiveTask", "intermediateMessageCatch", "intermediateTimer");

    /** A step open now (for the case page); a waiting timer says when it fires next. */
    public record OpenStep(
            String activityId,
            String name,
            @Nullable Instant next,
            @Nullable String taskId) {}

    private final ConsultationService cases;
    private final CaseQueries queries;
    private final FundingProposals proposals;
    private final WorkTaskService workTasks;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final ManagementService managementService;
    private final CurrentUser currentUser;
    private final CaseColleagues colleagues;
    private final ExperienceReports reports;

    ConsultationFlow(
            ConsultationService cases,
            CaseQueries queries,
            FundingProposals proposals,
            WorkTaskService workTasks,
            RuntimeService runtimeService,
            TaskService taskService,
            HistoryService historyService,
            ManagementService managementService,
            CurrentUser currentUser,
            CaseColleagues colleagues,
            ExperienceReports reports) {
        this.currentUser = currentUser;
        this.reports = reports;
        this.colleagues = colleagues;
        this.cases = cases;
        this.queries = queries;
        this.proposals = proposals;
        this.workTasks = workTasks;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.managementService = managementService;
    }

    @EventListener
    void opened(CaseOpened opened) {
        start(opened.caseId());
    }

    void start(long caseId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ConsultationProcess.VAR_ADVISOR, null);
        runtimeService.startProcessInstanceByKey(ConsultationProcess.PROCESS_KEY, Long.toString(caseId), variables);
        // a request through the website is acknowledged by mail, beside the consultation; a call or a letter is not
        if (queries.details(caseId)
                .map(details -> details.channel() == Channel.WEB)
                .orElse(false)) {
            runtimeService
                    .createMessageCorrelation(ConsultationProcess.MESSAGE_ASKED_ONLINE)
                    .processInstanceBusinessKey(Long.toString(caseId))
                    .correlate();
        }
    }

    /** Whoever holds the first step of a case without an advisor becomes its advisor, for every later step. */
    public void completeInitialConsultation(String taskId, long caseId, InitialFacts facts) {
        boolean withoutAdvisor = queries.details(caseId).orElseThrow().advisor() == null;
        cases.recordInitialConsultation(caseId, facts);
        workTasks.complete(
                taskId,
                Map.of(
                        ConsultationProcess.VAR_KIND,
                        facts.kind().name(),
                        ConsultationProcess.VAR_POPULATION,
                        facts.population(),
                        ConsultationProcess.VAR_HAS_CONCEPT,
                        facts.hasConcept(),
                        ConsultationProcess.VAR_FIRST_POSITION,
                        facts.firstPosition()));
        if (withoutAdvisor) {
            reassign(caseId, currentUser.requireId());
        }
    }

    public void completeReview(
            String taskId, long caseId, List<String> programmes, List<String> trainings, String note) {
        completeReview(taskId, caseId, programmes, trainings, note, List.of());
    }

    /** The review with the experience reports that the information package carries, all or nothing with the step. */
    public void completeReview(
            String taskId,
            long caseId,
            List<String> programmes,
            List<String> trainings,
            String note,
            List<Long> reportIds) {
        proposals.acceptProposal(caseId, programmes, trainings, note);
        reports.chooseFor(caseId, reportIds);
        workTasks.complete(taskId, Map.of());
    }

    public void completeApplication(String taskId, long caseId, LocalDate submittedOn, String note) {
        cases.applicationSupported(caseId, submittedOn, note);
        workTasks.complete(taskId, Map.of());
    }

    public void completeAsk(String taskId, long caseId, String answer) {
        cases.municipalityAsked(caseId, answer);
        workTasks.complete(taskId, Map.of());
    }

    public void completeFillPosition(String taskId, long caseId, NewManager manager) {
        cases.positionFilled(caseId, manager);
        workTasks.complete(taskId, Map.of());
    }

    public void completeAlternatives(String taskId, long caseId, String advice) {
        cases.alternativesAdvised(caseId, advice);
        workTasks.complete(taskId, Map.of());
    }

    /** Whether the case's process waits for the funding decision now. */
    @Transactional(readOnly = true)
    public boolean waitsForDecision(long caseId) {
        return instance(caseId) != null
                && runtimeService
                                .createExecutionQuery()
                                .processInstanceBusinessKey(Long.toString(caseId))
                                .processDefinitionKey(ConsultationProcess.PROCESS_KEY)
                                .activityId(ConsultationProcess.RECEIVE_FUNDING_DECISION)
                                .count()
                        > 0;
    }

    /** Staff record the funding body's decision; the process goes on to filling the position or to alternatives. */
    public void recordDecision(
            long caseId, boolean granted, LocalDate on, String note, de.klimaflow.consultation.@Nullable Grant grant) {
        if (!waitsForDecision(caseId)) {
            throw new IllegalStateException("case " + caseId + " does not wait for a funding decision");
        }
        cases.recordDecision(caseId, granted, on, note, grant);
        runtimeService
                .createMessageCorrelation(ConsultationProcess.MESSAGE_FUNDING_DECISION)
                .processInstanceBusinessKey(Long.toString(caseId))
                .setVariable(ConsultationProcess.VAR_GRANTED, granted)
                .correlate();
    }

    /** Whether the case can still be withdrawn (its process runs). */
    @Transactional(readOnly = true)
    public boolean isRunning(long caseId) {
        return instance(caseId) != null;
    }

    /** The municipality withdraws, at whatever step: the open tasks end, the case closes with the reason. */
    public void withdraw(long caseId, String reason) {
        if (!isRunning(caseId)) {
            throw new IllegalStateException("case " + caseId + " has no running consultation");
        }
        cases.withdrawn(caseId, reason);
        runtimeService
                .createMessageCorrelation(ConsultationProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(Long.toString(caseId))
                .correlate();
    }

    /**
     * The advisor puts the municipality in touch with a consenting colleague: on the timeline now, and the process
     * mails both sides (subprocess "Kontakt vermitteln"), each introduction with its own colleague.
     */
    public void introduce(long caseId, long colleagueId) {
        if (!isRunning(caseId)) {
            throw new IllegalStateException("case " + caseId + " has no running consultation");
        }
        colleagues.introduce(caseId, colleagueId);
        runtimeService
                .createMessageCorrelation(ConsultationProcess.MESSAGE_COLLEAGUE_INTRODUCED)
                .processInstanceBusinessKey(Long.toString(caseId))
                .setVariableToTriggeredScope(ConsultationProcess.VAR_COLLEAGUE_ID, colleagueId)
                .correlate();
    }

    /** Another advisor takes the case over; the open steps move to them. */
    public void reassign(long caseId, String advisor) {
        ProcessInstance instance = instance(caseId);
        cases.assign(caseId, advisor);
        if (instance != null) {
            runtimeService.setVariable(instance.getId(), ConsultationProcess.VAR_ADVISOR, advisor);
            taskService
                    .createTaskQuery()
                    .processInstanceId(instance.getId())
                    .list()
                    .forEach(task -> taskService.setAssignee(task.getId(), advisor));
        }
    }

    /** The steps open now, with the next follow-up while the case waits for the decision. */
    @Transactional(readOnly = true)
    public List<OpenStep> openSteps(long caseId) {
        ProcessInstance instance = instance(caseId);
        if (instance == null) {
            return List.of();
        }
        Instant nextFollowUp = managementService
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .activityId(ConsultationProcess.TIMER_FOLLOW_UP)
                .list()
                .stream()
                .map(job -> job.getDuedate().toInstant())
                .findFirst()
                .orElse(null);
        return historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .unfinished()
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list()
                .stream()
                // where the case waits for someone: a task or an answer; not a mail on its way or its subprocess
                .filter(step -> WAITING_STEPS.contains(step.getActivityType()) && step.getActivityName() != null)
                .map((HistoricActivityInstance step) -> new OpenStep(
                        step.getActivityId(),
                        step.getActivityName(),
                        ConsultationProcess.RECEIVE_FUNDING_DECISION.equals(step.getActivityId()) ? nextFollowUp : null,
                        step.getTaskId()))
                .toList();
    }

    private @Nullable ProcessInstance instance(long caseId) {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(ConsultationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(caseId))
                .singleResult();
    }
}
