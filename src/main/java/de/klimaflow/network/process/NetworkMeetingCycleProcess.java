package de.klimaflow.network.process;

/** Every name of processes/network-meeting-cycle.bpmn. */
public final class NetworkMeetingCycleProcess {

    public static final String PROCESS_KEY = "network-meeting-cycle";
    public static final String START_QUARTERLY = "Start_Quarterly";
    public static final String TASK_PLAN_MEETING = "Task_PlanMeeting";
    public static final String FORM_PLAN_MEETING = "network/plan-meeting";

    private NetworkMeetingCycleProcess() {}
}
