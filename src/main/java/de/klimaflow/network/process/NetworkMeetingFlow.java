package de.klimaflow.network.process;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventService;
import de.klimaflow.network.Contributions;
import de.klimaflow.tasks.WorkTaskService;

/**
 * The quarterly meeting cycle (network-meeting-cycle.bpmn; its timer starts it): the planning form completes its
 * step here, and the meeting it plans becomes an event with a planning process of its own.
 */
@Service
@Transactional
public class NetworkMeetingFlow {

    private final EventService events;
    private final Contributions contributions;
    private final WorkTaskService workTasks;

    NetworkMeetingFlow(EventService events, Contributions contributions, WorkTaskService workTasks) {
        this.events = events;
        this.contributions = contributions;
        this.workTasks = workTasks;
    }

    /**
     * The planned meeting becomes an invitation-only event; its own planning process starts, and the members are
     * called to propose contributions (the cycle's next steps mail them). Returns its id.
     */
    public long planMeeting(String taskId, EventDraft meeting) {
        long eventId = events.create(meeting);
        contributions.call(eventId);
        workTasks.complete(taskId, Map.of(NetworkMeetingCycleProcess.VAR_MEETING_ID, eventId));
        return eventId;
    }
}
