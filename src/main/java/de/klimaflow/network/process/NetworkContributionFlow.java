package de.klimaflow.network.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.network.ContributionProposed;
import de.klimaflow.network.Contributions;
import de.klimaflow.tasks.WorkTaskService;

/**
 * The contribution review (network-contribution.bpmn), the one class that starts and moves it: a member's first
 * proposal starts its review in the transaction that stored it; the review form completes the step with the decision.
 */
@Service
@Transactional
public class NetworkContributionFlow {

    private final Contributions contributions;
    private final WorkTaskService workTasks;
    private final RuntimeService runtimeService;

    NetworkContributionFlow(Contributions contributions, WorkTaskService workTasks, RuntimeService runtimeService) {
        this.contributions = contributions;
        this.workTasks = workTasks;
        this.runtimeService = runtimeService;
    }

    @EventListener
    void proposed(ContributionProposed proposed) {
        runtimeService.startProcessInstanceByKey(
                NetworkContributionProcess.PROCESS_KEY, Long.toString(proposed.contributionId()));
    }

    /** Accepted onto the agenda, or declined with the reason the member is told; both or neither with the step. */
    public void decide(String taskId, long contributionId, boolean accepted, @Nullable String reason) {
        contributions.decide(contributionId, accepted, reason);
        workTasks.complete(taskId, Map.of(NetworkContributionProcess.VAR_ACCEPTED, accepted));
    }
}
