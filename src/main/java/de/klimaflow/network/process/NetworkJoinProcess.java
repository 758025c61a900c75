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
    public static final String TASK_CHECK_KNOWN_ADDRESS = "Task_CheckKnownAddress";
    public static final String TASK_SEND_KNOWN_ADDRESS_NOTICE = "Task_SendKnownAddressNotice";
    public static final String TASK_CLOSE_DUPLICATE = "Task_CloseDuplicate";
    public static final String TASK_SEND_DECLINED = "Task_SendDeclined";
    public static final String DELEGATE_CHECK_KNOWN_ADDRESS = "checkKnownJoinAddress";
    public static final String DELEGATE_CLOSE_DUPLICATE = "closeDuplicateJoinRequest";
    /** NONE, MEMBER or OPEN_REQUEST ({@link de.klimaflow.network.NetworkJoin.KnownAddress}) */
    public static final String VAR_KNOWN_ADDRESS = "knownAddress";

    public static final String MAIL_KNOWN_ADDRESS = de.klimaflow.notification.MailKinds.NETWORK_JOIN_KNOWN;
    public static final String MAIL_DECLINED = de.klimaflow.notification.MailKinds.NETWORK_JOIN_DECLINED;

    private NetworkJoinProcess() {}

    static long requestId(DelegateExecution execution) {
        return Long.parseLong(execution.getProcessBusinessKey());
    }
}
