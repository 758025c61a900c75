package de.klimaflow.network.process;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventService;
import de.klimaflow.network.NetworkJoin;
import de.klimaflow.tasks.WorkTaskService;

/** The forms of the network processes complete their steps here, with their data in the same transaction. */
@Service
@Transactional
public class NetworkTasks {

    private final NetworkJoin joins;
    private final EventService events;
    private final WorkTaskService workTasks;

    NetworkTasks(NetworkJoin joins, EventService events, WorkTaskService workTasks) {
        this.joins = joins;
        this.events = events;
        this.workTasks = workTasks;
    }

    public void decideJoinRequest(String taskId, long requestId, boolean accepted) {
        joins.decide(requestId, accepted);
        workTasks.complete(taskId, Map.of(NetworkJoinProcess.VAR_ACCEPTED, accepted));
    }

    /** The planned meeting becomes an invitation-only event; its own planning process starts. Returns its id. */
    public long planMeeting(String taskId, EventDraft meeting) {
        long eventId = events.create(meeting);
        workTasks.complete(taskId, Map.of());
        return eventId;
    }
}
