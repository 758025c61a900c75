package de.klimaflow.network.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.network.JoinRequested;
import de.klimaflow.network.NetworkJoin;
import de.klimaflow.tasks.WorkTaskService;

/**
 * The network-join process (network-join.bpmn), the one class that starts and moves it: a join request starts its
 * review in the transaction that stored it, and the review form completes its step here with the decision.
 */
@Service
@Transactional
public class NetworkJoinFlow {

    private final NetworkJoin joins;
    private final WorkTaskService workTasks;
    private final RuntimeService runtimeService;

    NetworkJoinFlow(NetworkJoin joins, WorkTaskService workTasks, RuntimeService runtimeService) {
        this.joins = joins;
        this.workTasks = workTasks;
        this.runtimeService = runtimeService;
    }

    @EventListener
    void requested(JoinRequested requested) {
        runtimeService.startProcessInstanceByKey(NetworkJoinProcess.PROCESS_KEY, Long.toString(requested.requestId()));
    }

    public void decideJoinRequest(String taskId, long requestId, boolean accepted, @Nullable String reason) {
        joins.decide(requestId, accepted, reason);
        workTasks.complete(taskId, Map.of(NetworkJoinProcess.VAR_ACCEPTED, accepted));
    }
}
