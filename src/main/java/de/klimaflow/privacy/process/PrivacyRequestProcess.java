package de.klimaflow.privacy.process;

/** Every name of processes/privacy-request.bpmn. */
public final class PrivacyRequestProcess {

    public static final String PROCESS_KEY = "privacy-request";
    public static final String START_FILED = "Start_RequestFiled";
    public static final String TASK_CONFIRM_ERASURE = "Task_ConfirmErasure";
    public static final String BOUNDARY_CONFIRM_OVERDUE = "Boundary_ConfirmErasureOverdue";
    public static final String BOUNDARY_DEADLINE_NEAR = "Boundary_DeadlineNear";
    public static final String TASK_ESCALATE = "Task_EscalateDeadline";
    public static final String TASK_ERASE = "Task_EraseData";
    public static final String TASK_SEND_REPLY = "Task_SendReply";
    public static final String TASK_CLOSE = "Task_CloseRequest";
    public static final String END_ANSWERED = "End_Answered";
    public static final String END_ESCALATED = "End_Escalated";

    /**
     * The review is worked on the request's own page, Camunda Tasklist's "app:" form key: the task list links there.
     */
    public static final String FORM_CONFIRM_ERASURE = "app:privacy/requests";

    /** The group a review task asks: the multi-instance element variable. */
    public static final String VAR_REVIEW_GROUP = "reviewGroup";
    /** ISO instants for the timers, set at the start from the request. */
    public static final String VAR_REVIEW_DUE = "reviewDue";

    public static final String VAR_ESCALATION = "escalationAt";

    public static final String DELEGATE_ERASE = "eraseRequestedData";
    public static final String DELEGATE_CLOSE = "closeErasureRequest";
    /** The bean whose {@code groups(businessKey)} gives the review tasks' collection. */
    public static final String BEAN_REVIEWS = "erasureReviews";

    public static final String MAIL_REPLY = "privacy-reply";
    public static final String MAIL_DEADLINE = "privacy-deadline";

    private PrivacyRequestProcess() {}
}
