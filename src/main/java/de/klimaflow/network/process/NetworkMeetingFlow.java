package de.klimaflow.network.process;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventService;
import de.klimaflow.tasks.WorkTaskService;

/**
 * The quarterly meeting cycle (network-meeting-cycle.bpmn; its timer starts it): the planning form completes its
 * step here, and the meeting it plans becomes an event with a planning process of its own.
 */
@Service
@Transactional
public class NetworkMeetingFlow {

    private final EventService events;
    private final WorkTaskService workTasks;

    NetworkMeetingFlow(EventService events, WorkTaskService workTasks) {
        this.events = events;
        this.workTasks = workTasks;
    }

    /** The planned meeting becomes an invitation-only event; its own planning process starts. Returns its id. */
    public long planMeeting(String taskId, EventDraft meeting) {
        long eventId = events.create(meeting);
        workTasks.complete(taskId, Map.of());
        return eventId;
    }
}
