package de.klimaflow.privacy.process;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.privacy.ErasureRequested;
import de.klimaflow.privacy.ErasureRequests;
import de.klimaflow.security.CurrentUser;

/**
 * The privacy-request process (privacy-request.bpmn), the one class that starts and moves it: a filed request starts
 * its process in the transaction that stored it, and a group's answer on the request page completes that group's task.
 */
@Service
@Transactional
public class PrivacyRequestFlow {

    private final ErasureRequests requests;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final CurrentUser currentUser;

    PrivacyRequestFlow(
            ErasureRequests requests, RuntimeService runtimeService, TaskService taskService, CurrentUser currentUser) {
        this.requests = requests;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.currentUser = currentUser;
    }

    @EventListener
    void requested(ErasureRequested requested) {
        ErasureRequests.Request request = requests.find(requested.requestId()).orElseThrow();
        runtimeService.startProcessInstanceByKey(
                PrivacyRequestProcess.PROCESS_KEY,
                Long.toString(request.id()),
                Map.of(
                        PrivacyRequestProcess.VAR_REVIEW_DUE,
                                request.reviewDue().toString(),
                        PrivacyRequestProcess.VAR_ESCALATION,
                                request.escalation().toString()));
    }

    /** The open review task of a group for this request, if there is one. */
    @Transactional(readOnly = true)
    public Optional<String> reviewTask(long requestId, String group) {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(PrivacyRequestProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(requestId))
                .taskDefinitionKey(PrivacyRequestProcess.TASK_CONFIRM_ERASURE)
                .taskCandidateGroup(group)
                .list()
                .stream()
                .findFirst()
                .map(Task::getId);
    }

    /** A group's answer: recorded with the request, and that group's task completed. */
    public void decide(long requestId, String group, boolean confirmed, @Nullable String reason) {
        String task = reviewTask(requestId, group)
                .orElseThrow(() -> ErasureRequests.refused("", "privacy.request.alreadyDecided"));
        String assignee =
                taskService.createTaskQuery().taskId(task).singleResult().getAssignee();
        if (assignee != null && !assignee.equals(currentUser.requireId())) {
            throw ErasureRequests.refused("", "privacy.request.claimedByOther");
        }
        requests.decide(requestId, group, confirmed, reason);
        taskService.complete(task);
    }
}
