package de.klimaflow.network.process;

/** Every name of processes/network-meeting-cycle.bpmn. */
public final class NetworkMeetingCycleProcess {

    public static final String PROCESS_KEY = "network-meeting-cycle";
    public static final String START_QUARTERLY = "Start_Quarterly";
    public static final String TASK_PLAN_MEETING = "Task_PlanMeeting";
    public static final String FORM_PLAN_MEETING = "network/plan-meeting";
    public static final String TASK_COMPOSE_CONTRIBUTION_CALL = "Task_ComposeContributionCall";
    public static final String TASK_SEND_CONTRIBUTION_CALL = "Task_SendContributionCall";
    /** The planned meeting's event id, which becomes the instance's business key when the planning step ends. */
    public static final String VAR_MEETING_ID = "meetingId";

    public static final String LISTENER_MEETING_AS_BUSINESS_KEY = "meetingAsBusinessKey";

    public static final String MAIL_CONTRIBUTION_CALL = de.klimaflow.notification.MailKinds.CONTRIBUTION_CALL;

    private NetworkMeetingCycleProcess() {}
}
