package de.klimaflow.registration.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.registration.RegistrationChanged;
import de.klimaflow.registration.RegistrationDecisions;
import de.klimaflow.tasks.WorkTaskService;

/**
 * The registration process (registration.bpmn), the one class that starts and moves it: one instance per
 * registration, keyed by its id, started and told of every change in the transaction that changed the registration;
 * the desk's review completes its step here, the decision going to the process and the reason to the registration.
 */
@Service
public class RegistrationFlow {

    public static final int MAX_REASON = 1000;

    /** What the desk may decide. */
    public enum Decision {
        APPROVE(RegistrationProcess.APPROVE),
        WAITLIST(RegistrationProcess.WAITLIST),
        REJECT(RegistrationProcess.REJECT);

        private final String processValue;

        Decision(String processValue) {
            this.processValue = processValue;
        }
    }

    private final RegistrationDecisions registrations;
    private final WorkTaskService workTasks;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;

    RegistrationFlow(
            RegistrationDecisions registrations,
            WorkTaskService workTasks,
            RuntimeService runtimeService,
            HistoryService historyService,
            RepositoryService repositoryService) {
        this.registrations = registrations;
        this.workTasks = workTasks;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    /** A rejection needs a reason (it is mailed); for the other decisions a reason is optional and kept. */
    @Transactional
    public void decide(String taskId, long registrationId, Decision decision, @Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        if ((decision == Decision.REJECT && why.isEmpty()) || why.length() > MAX_REASON) {
            throw new IllegalArgumentException("a rejection needs a reason of 1 to " + MAX_REASON + " characters");
        }
        registrations.noteDecisionReason(registrationId, why);
        workTasks.complete(
                taskId,
                Map.of(
                        RegistrationProcess.VAR_DECISION,
                        decision.processValue,
                        RegistrationProcess.VAR_DECIDED_BY_DESK,
                        true));
    }

    /**
     * Why the rules sent the registration to the desk: the description of the decision table's row that matched last,
     * as staff wrote it in the table (for example "Nicht in der Zielgruppe: die Anmeldestelle prüft").
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> reviewReason(long registrationId) {
        ProcessInstance instance = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(RegistrationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(registrationId))
                .singleResult();
        if (instance == null) {
            return java.util.Optional.empty();
        }
        return historyService
                .createHistoricDecisionInstanceQuery()
                .processInstanceId(instance.getId())
                .decisionDefinitionKey(RegistrationProcess.DECISION_KEY)
                .includeOutputs()
                .orderByEvaluationTime()
                .desc()
                .list()
                .stream()
                .findFirst()
                .flatMap(decided -> decided.getOutputs().stream()
                        .map(HistoricDecisionOutputInstance::getRuleId)
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .map(ruleId -> repositoryService
                                .getDmnModelInstance(decided.getDecisionDefinitionId())
                                .<Rule>getModelElementById(ruleId))
                        .filter(java.util.Objects::nonNull)
                        .map(Rule::getDescription)
                        .filter(java.util.Objects::nonNull)
                        .map(description -> description.getTextContent().strip()));
    }

    @EventListener
    void changed(RegistrationChanged change) {
        String key = Long.toString(change.registrationId());
        switch (change.change()) {
            case RECEIVED -> runtimeService.startProcessInstanceByKey(RegistrationProcess.PROCESS_KEY, key);
            case ADDRESS_CONFIRMED -> correlate(RegistrationProcess.MESSAGE_ADDRESS_CONFIRMED, key);
            case PROMOTED -> correlate(RegistrationProcess.MESSAGE_PROMOTED, key);
            // when the process is busy elsewhere, its next check before waiting finds the parts (Task_CheckNewSeats)
            case PARTS_ADDED -> correlate(RegistrationProcess.MESSAGE_PARTS_ADDED, key);
            case REGISTERED_AGAIN -> correlate(RegistrationProcess.MESSAGE_REGISTERED_AGAIN, key);
            // an event subprocess: told whatever the registration waits for; the parts are the subprocess's own
            case SEATS_CHANGED ->
                runtimeService
                        .createMessageCorrelation(RegistrationProcess.MESSAGE_SEATS_CHANGED)
                        .processInstanceBusinessKey(key)
                        .setVariablesLocal(Map.of(RegistrationProcess.VAR_CHANGED_PARTS, ids(change.parts())))
                        .correlateAll();
            // an interrupting event subprocess: whatever the registration waits for (opt-in, review, a change) stops
            case ENDED, CANCELLED ->
                correlate(
                        RegistrationProcess.MESSAGE_ENDED,
                        key,
                        Map.of(
                                RegistrationProcess.VAR_TELL_END,
                                change.change() == RegistrationChanged.Change.CANCELLED,
                                RegistrationProcess.VAR_CHANGED_PARTS,
                                ids(change.parts())));
        }
    }

    /** Correlates with the registration's instance if it waits for the message; returns how many did. */
    private int correlate(String message, String key) {
        return correlate(message, key, Map.of());
    }

    private int correlate(String message, String key, Map<String, Object> variables) {
        List<MessageCorrelationResult> results = runtimeService
                .createMessageCorrelation(message)
                .processInstanceBusinessKey(key)
                .setVariables(variables)
                .correlateAllWithResult();
        return results.size();
    }

    private static String ids(java.util.Set<Long> parts) {
        return parts.stream().sorted().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }
}
