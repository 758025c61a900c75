package de.klimaflow.accessibility.process;

import de.klimaflow.notification.MailKinds;

/** Every name of processes/accessibility-feedback.bpmn. */
public final class AccessibilityFeedbackProcess {

    public static final String PROCESS_KEY = "accessibility-feedback";
    public static final String START_BARRIER_REPORTED = "Start_BarrierReported";
    public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
    public static final String TASK_ANSWER_REPORT = "Task_AnswerReport";
    public static final String FORM_ANSWER_REPORT = "accessibility/answer-report";
    public static final String TIMER_ANSWER_OVERDUE = "Boundary_AnswerReportOverdue";
    public static final String TASK_REMIND_ANSWER_REPORT = "Task_RemindAnswerReport";
    public static final String TASK_SEND_REPLY = "Task_SendReply";
    /** the group that answers (candidate group of the answer task) */
    public static final String VAR_FEEDBACK_GROUP = "feedbackGroup";
    /** when the answer task falls due, and its reminder fires: a week before the legal time runs out */
    public static final String VAR_ANSWER_DUE_AT = "answerDueAt";

    public static final String MAIL_RECEIVED = MailKinds.ACCESSIBILITY_FEEDBACK_RECEIVED;
    public static final String MAIL_REPLY = MailKinds.ACCESSIBILITY_FEEDBACK_REPLY;

    private AccessibilityFeedbackProcess() {}
}
