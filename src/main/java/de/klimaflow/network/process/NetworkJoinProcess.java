package de.klimaflow.network.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Every name of processes/network-join.bpmn. */
public final class NetworkJoinProcess {

    public static final String PROCESS_KEY = "network-join";
    public static final String START_JOIN_REQUESTED = "Start_JoinRequested";
    public static final String TASK_REVIEW_JOIN_REQUEST = "Task_ReviewJoinRequest";
    public static final String FORM_REVIEW_JOIN_REQUEST = "network/review-join-request";
    public static final String TASK_WELCOME_MEMBER = "Task_WelcomeMember";
    public static final String DELEGATE_WELCOME_MEMBER = "welcomeNetworkMember";
    public static final String VAR_ACCEPTED = "accepted";

    private NetworkJoinProcess() {
    }

    static long requestId(DelegateExecution execution) {
        return Long.parseLong(execution.getProcessBusinessKey());
    }
}
