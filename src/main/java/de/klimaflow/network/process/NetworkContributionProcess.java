package de.klimaflow.network.process;

import de.klimaflow.notification.MailKinds;

/** Every name of processes/network-contribution.bpmn. */
public final class NetworkContributionProcess {

    public static final String PROCESS_KEY = "network-contribution";
    public static final String START_CONTRIBUTION_PROPOSED = "Start_ContributionProposed";
    public static final String TASK_REVIEW_CONTRIBUTION = "Task_ReviewContribution";
    public static final String FORM_REVIEW_CONTRIBUTION = "network/review-contribution";
    public static final String TASK_SEND_ACCEPTED = "Task_SendAccepted";
    public static final String TASK_SEND_DECLINED = "Task_SendDeclined";
    public static final String VAR_ACCEPTED = "accepted";

    public static final String MAIL_ACCEPTED = MailKinds.CONTRIBUTION_ACCEPTED;
    public static final String MAIL_DECLINED = MailKinds.CONTRIBUTION_DECLINED;

    private NetworkContributionProcess() {}
}
