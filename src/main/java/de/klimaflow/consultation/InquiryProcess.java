package de.klimaflow.consultation;

/** Engine ids of processes/inquiry-handling.bpmn. */
public final class InquiryProcess {

    public static final String PROCESS_KEY = "inquiry-handling";
    public static final String TASK_ANSWER = "Task_AnswerInquiry";
    public static final String FORM_ANSWER = "consultation/answer-inquiry";
    public static final String TASK_SEND_ANSWER = "Task_SendAnswer";
    public static final String TASK_REMIND_OVERDUE = "Task_RemindAnswerOverdue";

    private InquiryProcess() {
    }
}
